//! The bodies of the fuzz targets, shared by the cargo-fuzz targets (`fuzz_targets/*.rs`, nightly)
//! and the stable smoke test (`tests/fuzz_smoke.rs`), so both drive the core through the same entry
//! points and check the same properties. Each function takes the raw fuzz input and panics when a
//! property is broken; a panic anywhere below (index, overflow, allocation failure) is a finding too.
//!
//! Input layouts (what the seeds in `corpus/<target>/` follow):
//! * `ascii_decode`, `binary_decode`: `[expect, chunk, reply bytes...]`; `expect % 7` picks the
//!   [`Expect`] used for the chunked replay, `chunk + 1` is the size of each simulated read;
//! * `meta_decode`: the same, with `expect % 8` (the eighth is [`Expect::Lease`]);
//! * `value_decode`: `[flags (4, LE), limit (4, LE), payload...]`;
//! * `stats_push_line`: reply bytes, split into lines at `\n` (a trailing `\r` is dropped);
//! * `session_save_path`: the save path (invalid UTF-8 is replaced, as the path is a `&str`).

// Each target uses one function of this file.
#![allow(dead_code)]

use php_memcache::protocol::{ascii, binary, meta, Expect, ProtocolError, Reply};
use php_memcache::session::{self, PathError, UrlParts};
use php_memcache::stats::{StatsTable, StatsValue};
use php_memcache::value::{self, Compression, Decoded, Value, FLAG_COMPRESSED, FLAG_SERIALIZED};

pub const EXPECTS: [Expect; 7] = [
    Expect::Value,
    Expect::Store,
    Expect::Delete,
    Expect::Counter,
    Expect::Flush,
    Expect::Version,
    Expect::Stats,
];

/// The meta decoder also reads lease gets.
pub const META_EXPECTS: [Expect; 8] = [
    Expect::Value,
    Expect::Store,
    Expect::Delete,
    Expect::Counter,
    Expect::Flush,
    Expect::Version,
    Expect::Stats,
    Expect::Lease,
];

type Decoder = for<'a> fn(&'a [u8], Expect) -> Result<Option<(usize, Reply<'a>)>, ProtocolError>;

/// How a buffer was used up: the replies decoded (consumed length and the reply, as text so that it
/// outlives the buffer) and how decoding stopped (None = waiting for more bytes).
#[derive(Debug, PartialEq)]
struct Run {
    replies: Vec<(usize, String)>,
    stop: Option<ProtocolError>,
}

/// Decodes `buf` reply by reply as the pool does: decode at the front, consume, repeat, until the
/// decoder wants more bytes or fails.
fn drain(decode: Decoder, buf: &[u8], expect: Expect, run: &mut Run) -> usize {
    let mut pos = 0;
    loop {
        match decode(&buf[pos..], expect) {
            Ok(None) => return pos,
            Ok(Some((used, reply))) => {
                assert!(
                    used > 0,
                    "{expect:?}: a reply that consumes nothing would loop forever"
                );
                assert!(
                    used <= buf.len() - pos,
                    "{expect:?}: consumed {used} of {}",
                    buf.len() - pos
                );
                check_reply(&reply);
                run.replies.push((used, format!("{reply:?}")));
                pos += used;
            }
            Err(e) => {
                run.stop = Some(e);
                return pos;
            }
        }
    }
}

fn check_reply(reply: &Reply<'_>) {
    if let Reply::Value { data, .. } | Reply::Lease { data, .. } = reply {
        assert!(data.len() <= php_memcache::protocol::MAX_VALUE_LEN);
    }
}

/// The whole buffer at once, then the same bytes arriving `chunk` at a time (the pool decodes after
/// every read): both must give the same replies and stop the same way. This is the fuzzing form of
/// "every strict prefix is incomplete": a decoder that answers differently on a prefix would
/// misparse a reply split across reads.
fn decode_target(decode: Decoder, data: &[u8]) {
    decode_target_with(decode, &EXPECTS, data)
}

fn decode_target_with(decode: Decoder, expects: &[Expect], data: &[u8]) {
    let [sel, chunk, replies @ ..] = data else {
        return;
    };
    for &expect in expects {
        let mut whole = Run {
            replies: Vec::new(),
            stop: None,
        };
        drain(decode, replies, expect, &mut whole);
    }
    let expect = expects[usize::from(*sel) % expects.len()];
    let mut whole = Run {
        replies: Vec::new(),
        stop: None,
    };
    drain(decode, replies, expect, &mut whole);

    let chunk = usize::from(*chunk) + 1;
    let mut split = Run {
        replies: Vec::new(),
        stop: None,
    };
    let mut buf: Vec<u8> = Vec::new();
    for piece in replies.chunks(chunk) {
        buf.extend_from_slice(piece);
        let used = drain(decode, &buf, expect, &mut split);
        if split.stop.is_some() {
            break;
        }
        buf.drain(..used);
    }
    assert_eq!(whole, split, "{expect:?}, reads of {chunk} bytes");
}

pub fn ascii_decode(data: &[u8]) {
    decode_target(ascii::decode, data);
}

pub fn binary_decode(data: &[u8]) {
    decode_target(binary::decode, data);
}

pub fn meta_decode(data: &[u8]) {
    decode_target_with(meta::decode, &META_EXPECTS, data);
}

/// The decoded bytes of a string or serialized value.
fn bytes<'a>(d: &'a Decoded<'_>) -> Option<&'a [u8]> {
    match d {
        Decoded::Str(b) | Decoded::Serialized(b) => Some(b),
        _ => None,
    }
}

/// `value::decode` and `decode_limited` over any flags and payload, plus an encode/decode round trip
/// of the payload as a string. A compressed result never exceeds the limit, and the limit only
/// turns results longer than it into `Failed to uncompress data`.
pub fn value_decode(data: &[u8]) {
    let (Some(flags), Some(limit)) = (data.get(..4), data.get(4..8)) else {
        return;
    };
    let flags = u32::from_le_bytes([flags[0], flags[1], flags[2], flags[3]]);
    let limit = u32::from_le_bytes([limit[0], limit[1], limit[2], limit[3]]) as usize;
    let payload = &data[8..];

    let _ = value::decode(flags, payload);
    let _ = value::decode_limited(flags, payload, limit);

    // As a compressed string: the limited result is the unlimited one when that fits, else an error.
    let unlimited = value::decode(FLAG_COMPRESSED, payload);
    let limited = value::decode_limited(FLAG_COMPRESSED, payload, limit);
    match (&unlimited, &limited) {
        (Ok(u), Ok(l)) => {
            assert_eq!(u, l);
            assert!(bytes(l).map_or(0, <[u8]>::len) <= limit);
        }
        (Ok(u), Err(_)) => assert!(bytes(u).map_or(0, <[u8]>::len) > limit, "fits but refused"),
        (Err(_), Ok(_)) => panic!("the limit made a bad stream decode"),
        (Err(_), Err(_)) => {}
    }

    // Round trip: whatever the compression settings, decode(encode(x)) == x.
    let c = Compression {
        threshold: flags & 0xffff,
        min_savings: f64::from(flags >> 16) / 32768.0 - 0.5,
    };
    let user_flags = flags & (FLAG_COMPRESSED | 0xffff_0000);
    for v in [Value::Str(payload), Value::Serialized(payload)] {
        let Ok((f, wire)) = value::encode(v, user_flags, &c) else {
            panic!("flags {user_flags:#x} refused");
        };
        assert_eq!(
            f & 0xffff_0000,
            user_flags & 0xffff_0000,
            "user bits changed"
        );
        let back = value::decode(f, &wire);
        let expected = if f & FLAG_SERIALIZED != 0 {
            Decoded::Serialized(payload.into())
        } else {
            Decoded::Str(payload.into())
        };
        assert_eq!(back, Ok(expected), "flags {f:#x}");
    }
    // Numbers: any text parses, and a formatted double parses back to itself.
    let n = value::parse_long(payload);
    let x = value::parse_double(payload);
    let _ = value::encode(Value::Long(n), 0, &c);
    let text = value::format_double(x);
    let again = value::parse_double(text.as_bytes());
    assert!(
        x.is_nan() && again.is_nan() || value::format_double(again) == text,
        "{x} -> {text}"
    );
}

/// Every line of a stats reply pushed into one table. Besides not panicking, the table must not
/// hold disproportionately more than it was given (see `StatsTable::push_line`).
pub fn stats_push_line(data: &[u8]) {
    let mut table = StatsTable::default();
    for line in data.split(|&b| b == b'\n') {
        table.push_line(line.strip_suffix(b"\r").unwrap_or(line));
    }
    let held = table_bytes(&table);
    assert!(
        held <= 64 * data.len() + 4096,
        "{held} bytes held for {} bytes of input",
        data.len()
    );
}

fn table_bytes(t: &StatsTable) -> usize {
    t.entries
        .iter()
        .map(|(_, v)| match v {
            StatsValue::Str(s) => s.len() + 1,
            StatsValue::Table(sub) => table_bytes(sub) + 1,
        })
        .sum()
}

/// A small stand-in for PHP's `parse_url()` (the one `session.rs`'s tests use), enough to reach every
/// branch of the save-path parser.
fn parse_url(s: &str) -> Option<UrlParts> {
    let (s, query) = match s.split_once('?') {
        Some((a, q)) => (a, Some(q.to_string())),
        None => (s, None),
    };
    let (scheme, rest) = match s.split_once("://") {
        Some((sc, r)) => (Some(sc.to_string()), r),
        None => (None, s),
    };
    if scheme.as_deref() == Some("file") {
        return Some(UrlParts {
            scheme,
            path: Some(rest.to_string()),
            query,
            ..Default::default()
        });
    }
    let (host, port) = match rest.rsplit_once(':') {
        Some((h, p)) => (h, p.parse::<u16>().ok()?),
        None => (rest, 0),
    };
    Some(UrlParts {
        scheme,
        host: Some(host.to_string()),
        port,
        path: None,
        query,
    })
}

pub fn session_save_path(data: &[u8]) {
    let path = String::from_utf8_lossy(data);
    match session::parse_save_path(&path, &mut parse_url) {
        Ok(servers) => {
            assert!(!servers.is_empty());
            for s in servers {
                assert!(!s.host.is_empty());
                assert!(s.weight > 0 && s.timeout > 0.0, "{s:?}");
            }
        }
        Err(PathError::Parse(e)) => {
            assert!(
                e.offset < path.len() && path.is_char_boundary(e.offset),
                "{e:?}"
            );
            assert_eq!(e.url, path);
        }
        Err(PathError::Unusable) => {}
    }
}
