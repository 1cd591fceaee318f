//! The memcached meta protocol (memcached ≥ 1.6; `protocol.txt`, "Meta Commands"): encoders that
//! append one request to a buffer, and [`decode`], which reads one reply from the front of a buffer.
//! Only what memcached 1.6.18 supports is used.
//!
//! # Requests
//! | Operation | Request |
//! |---|---|
//! | get of one key | `mg <key> v f[ c]` |
//! | get of several keys (one server) | `mg <key> v f[ c] q O<n>` per key, then `mn` |
//! | set/add/replace/append/prepend/cas | `ms <key> <bytes> F<flags> T<exptime>[ M<mode>][ C<cas>]` + data |
//! | delete | `md <key>` |
//! | several stores or deletes (one server) | the same with ` q O<n>`, then `mn` |
//! | incr/decr | `ma <key> v D<delta>[ MD]` (never quiet: memcached 1.6 drops the value of a quiet `ma`) |
//! | invalidate | `md <key> I[ C<cas>]` |
//! | remember's lease | `mg <key> v f c N<ttl>[ R<secs>]` |
//! | flush_all, version, stats | the classic text commands (see [`super::ascii`]) |
//!
//! Flags and data are those the text protocol stores (`F` is the client flags word, the data block
//! the same bytes), so a cache is shared with ASCII and binary clients. `O<n>` is the position of
//! the request within its quiet batch: replies are matched by it, not by order, since a quiet batch
//! only answers what did not succeed plainly (a miss for `mg`, `HD` for `ms`/`md` are suppressed).
//! Error lines (`CLIENT_ERROR …`, `SERVER_ERROR …`) carry no opaque.
//!
//! Keys went through [`crate::key::normalize_key`] (no bytes <= 0x20, at most 250 bytes), so a key
//! can neither split a command nor be taken for a flag; the encoders only `debug_assert!` it.
//!
//! # What each [`Expect`] accepts
//! | Expect | Accepted | Everything else |
//! |---|---|---|
//! | `Value` | `VA <bytes> <flags>*` + data + CRLF: `Value`; `EN`: `Status(NotFound)`; `MN`: `End`; an error line: `Status` | `MalformedValueHeader` (the text protocol's message) |
//! | `Lease` | as `Value`, but a hit is a `Lease` with the `W`/`X`/`Z` flags | as `Value` |
//! | `Store`, `Delete` | `HD` (Success), `NS` (Exists, as NOT_STORED), `EX` (Exists), `NF` (NotFound), with `O<n>`: `Tagged`; `MN`: `End`; an error line: `Status` | `Status(ServerError)` with the line, as the text protocol |
//! | `Counter` | `VA <bytes>` + a decimal number: `Number`; `HD`/`NS`/`EX`/`NF` and error lines: `Status` | `MalformedValueHeader` |
//! | `Flush`, `Version`, `Stats` | as [`super::ascii::decode`] | as there |
//!
//! The `line` of a `Status` for a meta code is the text protocol's word for it (`NOT_FOUND`,
//! `EXISTS`, `NOT_STORED`), so that notices read as they do under ASCII. Any line longer than
//! [`MAX_LINE`] is `LineTooLong`; a `VA` whose data block does not end in CRLF is `Malformed`.

use super::ascii::{error_status, is_wire_key, next_line, push_decimal};
use super::{ascii, Expect, ProtocolError, Reply, Status, StoreCommand, MAX_VALUE_LEN};

#[cfg(test)]
mod tests;

/// `mg <key> v f[ c]`, with ` q O<n>` when `opaque` is given (a quiet multi-get; close it with
/// [`encode_noop`]).
pub fn encode_get(key: &[u8], with_cas: bool, opaque: Option<u32>, out: &mut Vec<u8>) {
    debug_assert!(is_wire_key(key), "unnormalised key {key:?}");
    out.extend_from_slice(b"mg ");
    out.extend_from_slice(key);
    out.extend_from_slice(if with_cas { b" v f c" } else { b" v f" });
    push_quiet(opaque, out);
    out.extend_from_slice(b"\r\n");
}

/// A batch of gets for one server: quiet `mg` per key (opaque = the key's index), then `mn`.
pub fn encode_multi_get(keys: &[&[u8]], with_cas: bool, out: &mut Vec<u8>) {
    if keys.is_empty() {
        return;
    }
    for (i, key) in keys.iter().enumerate() {
        encode_get(key, with_cas, Some(opaque(i)), out);
    }
    encode_noop(out);
}

/// `mn`: answered by `MN` once everything before it has been processed.
pub fn encode_noop(out: &mut Vec<u8>) {
    out.extend_from_slice(b"mn\r\n");
}

/// `ms <key> <bytes> F<flags> T<exptime>[ M<mode>][ C<cas>][ q O<n>]` + data. `cas` is sent for
/// [`StoreCommand::Cas`] only, as in the text protocol; `C0` is sent as such (memcached answers
/// `EX`, as it answers EXISTS to `cas … 0`).
#[allow(clippy::too_many_arguments)]
pub fn encode_store(
    cmd: StoreCommand,
    key: &[u8],
    flags: u32,
    exptime: u32,
    data: &[u8],
    cas: u64,
    opaque: Option<u32>,
    out: &mut Vec<u8>,
) {
    debug_assert!(is_wire_key(key), "unnormalised key {key:?}");
    out.reserve(key.len() + data.len() + 64);
    out.extend_from_slice(b"ms ");
    out.extend_from_slice(key);
    out.push(b' ');
    push_decimal(out, data.len() as u64);
    out.extend_from_slice(b" F");
    push_decimal(out, u64::from(flags));
    out.extend_from_slice(b" T");
    push_decimal(out, u64::from(exptime));
    match cmd {
        StoreCommand::Set => {}
        StoreCommand::Add => out.extend_from_slice(b" ME"),
        StoreCommand::Replace => out.extend_from_slice(b" MR"),
        StoreCommand::Append => out.extend_from_slice(b" MA"),
        StoreCommand::Prepend => out.extend_from_slice(b" MP"),
        StoreCommand::Cas => {
            out.extend_from_slice(b" C");
            push_decimal(out, cas);
        }
    }
    push_quiet(opaque, out);
    out.extend_from_slice(b"\r\n");
    out.extend_from_slice(data);
    out.extend_from_slice(b"\r\n");
}

/// `md <key>[ q O<n>]`.
pub fn encode_delete(key: &[u8], opaque: Option<u32>, out: &mut Vec<u8>) {
    debug_assert!(is_wire_key(key), "unnormalised key {key:?}");
    out.extend_from_slice(b"md ");
    out.extend_from_slice(key);
    push_quiet(opaque, out);
    out.extend_from_slice(b"\r\n");
}

/// `md <key> I[ C<cas>][ q O<n>]`: marks the item stale (it keeps its value, its CAS is bumped, and
/// the next `mg` wins the right to recache it). With `cas`, only if the item still has that CAS.
pub fn encode_invalidate(key: &[u8], cas: Option<u64>, opaque: Option<u32>, out: &mut Vec<u8>) {
    debug_assert!(is_wire_key(key), "unnormalised key {key:?}");
    out.extend_from_slice(b"md ");
    out.extend_from_slice(key);
    out.extend_from_slice(b" I");
    if let Some(cas) = cas {
        out.extend_from_slice(b" C");
        push_decimal(out, cas);
    }
    push_quiet(opaque, out);
    out.extend_from_slice(b"\r\n");
}

/// `md <key> C<cas>`: deletes the item only if it still has that CAS (a lease placeholder given up).
pub fn encode_delete_cas(key: &[u8], cas: u64, out: &mut Vec<u8>) {
    debug_assert!(is_wire_key(key), "unnormalised key {key:?}");
    out.extend_from_slice(b"md ");
    out.extend_from_slice(key);
    out.extend_from_slice(b" C");
    push_decimal(out, cas);
    out.extend_from_slice(b"\r\n");
}

/// `ma <key> v D<delta>` (`MD` for decr). No initial value is ever sent, as in the text protocol:
/// a missing key is not created.
pub fn encode_counter(incr: bool, key: &[u8], delta: u64, out: &mut Vec<u8>) {
    debug_assert!(is_wire_key(key), "unnormalised key {key:?}");
    out.extend_from_slice(b"ma ");
    out.extend_from_slice(key);
    out.extend_from_slice(b" v D");
    push_decimal(out, delta);
    if !incr {
        out.extend_from_slice(b" MD");
    }
    out.extend_from_slice(b"\r\n");
}

/// `mg <key> v f c N<lease_ttl>[ R<recache>]`: a get that, on a miss, creates an empty placeholder
/// living `lease_ttl` seconds and hands this client the win (`W`); with `recache`, also wins when
/// the item has less than that many seconds left. Later callers see `Z` until the item is replaced.
pub fn encode_lease_get(key: &[u8], lease_ttl: u32, recache: Option<u32>, out: &mut Vec<u8>) {
    debug_assert!(is_wire_key(key), "unnormalised key {key:?}");
    out.extend_from_slice(b"mg ");
    out.extend_from_slice(key);
    out.extend_from_slice(b" v f c N");
    push_decimal(out, u64::from(lease_ttl.max(1)));
    if let Some(r) = recache {
        out.extend_from_slice(b" R");
        push_decimal(out, u64::from(r));
    }
    out.extend_from_slice(b"\r\n");
}

fn push_quiet(opaque: Option<u32>, out: &mut Vec<u8>) {
    if let Some(o) = opaque {
        out.extend_from_slice(b" q O");
        push_decimal(out, u64::from(o));
    }
}

fn opaque(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}



/// The return flags of a `VA`/`HD` line that the client asked for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Flags {
    flags: u32,
    cas: u64,
    opaque: Option<u32>,
    win: bool,
    stale: bool,
    token_sent: bool,
}

/// The tokens after the code (and after the size for `VA`): single-letter flags, some with a value.
/// Unknown flags are ignored; a known one with a bad value is an error.
fn parse_flags<'a>(tokens: impl Iterator<Item = &'a [u8]>) -> Option<Flags> {
    let mut f = Flags::default();
    for t in tokens {
        let Some((&c, v)) = t.split_first() else { continue };
        match c {
            b'f' => f.flags = u32::try_from(parse_u64(v)?).ok()?,
            b'c' => f.cas = parse_u64(v)?,
            b'O' => f.opaque = Some(u32::try_from(parse_u64(v)?).ok()?),
            b'W' => f.win = true,
            b'X' => f.stale = true,
            b'Z' => f.token_sent = true,
            _ => {}
        }
    }
    Some(f)
}

/// A non-empty run of decimal digits that fits in a u64.
fn parse_u64(v: &[u8]) -> Option<u64> {
    if v.is_empty() {
        return None;
    }
    v.iter().try_fold(0u64, |acc, &b| {
        let d = b.wrapping_sub(b'0');
        if d > 9 {
            return None;
        }
        acc.checked_mul(10)?.checked_add(u64::from(d))
    })
}

fn tokens(rest: &[u8]) -> impl Iterator<Item = &[u8]> {
    rest.split(|&b| b == b' ').filter(|t| !t.is_empty())
}

/// The two-letter code of a meta reply line and what follows it, if the line is one (`XY` alone or
/// `XY ` + tokens).
fn code(line: &[u8]) -> Option<(&[u8], &[u8])> {
    match line.len() {
        2 => Some((line, &[])),
        n if n > 2 && line[2] == b' ' => Some((&line[..2], &line[3..])),
        _ => None,
    }
}

/// The class and the text protocol's word for a meta status code.
fn meta_status(code: &[u8]) -> Option<(Status, &'static [u8])> {
    Some(match code {
        b"HD" => (Status::Success, b"HD"),
        b"NS" => (Status::Exists, b"NOT_STORED"),
        b"EX" => (Status::Exists, b"EXISTS"),
        b"NF" => (Status::NotFound, b"NOT_FOUND"),
        _ => return None,
    })
}

/// How many bytes the reply at the start of `buf` needs in all, when a `VA` header announces more
/// than has arrived. Callers cap what they reserve: this is the server's claim.
pub fn needed(buf: &[u8]) -> Option<usize> {
    let (line, after) = next_line(buf).ok()??;
    let rest = line.strip_prefix(b"VA ")?;
    let len = parse_u64(tokens(rest).next()?)?;
    let len = usize::try_from(len).ok().filter(|&n| n <= MAX_VALUE_LEN)?;
    Some(after + len + 2)
}

/// Ok(None) = incomplete (need more bytes). Ok(Some((consumed, reply))). Err = malformed. See the
/// module docs for what each [`Expect`] yields.
pub fn decode(buf: &[u8], expect: Expect) -> Result<Option<(usize, Reply<'_>)>, ProtocolError> {
    if matches!(expect, Expect::Flush | Expect::Version | Expect::Stats) {
        return ascii::decode(buf, expect);
    }
    let Some((line, after)) = next_line(buf)? else {
        return Ok(None);
    };
    let malformed = match expect {
        Expect::Store | Expect::Delete => None,
        _ => Some(ProtocolError::MalformedValueHeader),
    };
    let Some((code, rest)) = code(line) else {
        if let Some(status) = error_status(line) {
            return Ok(Some((after, Reply::Status { status, line })));
        }
        return match malformed {
            Some(e) => Err(e),
            None if line.is_empty() => Err(ProtocolError::Malformed),
            None => Ok(Some((after, Reply::Status { status: Status::ServerError, line }))),
        };
    };
    let reply = match (code, expect) {
        (b"VA", Expect::Value | Expect::Lease | Expect::Counter) => {
            let mut toks = tokens(rest);
            let len = toks
                .next()
                .and_then(parse_u64)
                .and_then(|n| usize::try_from(n).ok())
                .filter(|&n| n <= MAX_VALUE_LEN)
                .ok_or(ProtocolError::MalformedValueHeader)?;
            let f = parse_flags(toks).ok_or(ProtocolError::MalformedValueHeader)?;
            let data_end = after + len;
            let Some(block) = buf.get(after..data_end + 2) else {
                return Ok(None);
            };
            let (data, terminator) = block.split_at(len);
            if terminator != b"\r\n" {
                return Err(ProtocolError::Malformed);
            }
            let reply = match expect {
                Expect::Counter => Reply::Number(parse_u64(data).ok_or(ProtocolError::MalformedValueHeader)?),
                Expect::Lease => Reply::Lease {
                    flags: f.flags,
                    cas: f.cas,
                    data,
                    win: f.win,
                    stale: f.stale,
                    token_sent: f.token_sent,
                },
                _ => Reply::Value { key: b"", flags: f.flags, cas: f.cas, data, opaque: f.opaque.unwrap_or(u32::MAX), won: f.win },
            };
            return Ok(Some((data_end + 2, reply)));
        }
        (b"EN", Expect::Value | Expect::Lease) => Reply::Status { status: Status::NotFound, line: b"NOT_FOUND" },
        (b"MN", Expect::Value | Expect::Lease | Expect::Store | Expect::Delete) => Reply::End,
        (c, Expect::Store | Expect::Delete | Expect::Counter) if meta_status(c).is_some() => {
            let (status, word) = meta_status(c).ok_or(ProtocolError::Malformed)?;
            let f = parse_flags(tokens(rest)).ok_or(ProtocolError::Malformed)?;
            match f.opaque {
                Some(opaque) if expect != Expect::Counter => Reply::Tagged { opaque, status, line: word },
                _ => Reply::Status { status, line: word },
            }
        }
        _ => match malformed {
            Some(e) => return Err(e),
            None => Reply::Status { status: Status::ServerError, line },
        },
    };
    Ok(Some((after, reply)))
}
