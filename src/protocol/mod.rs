//! Wire protocols (spec §7): request encoders and reply decoders with no I/O. Bytes in, "incomplete" or
//! a reply out; the caller owns the socket and the buffer.
//!
//! This module holds what every protocol shares: the request kinds, the reply classes of §7.3 and the
//! decoder's errors. Each protocol lives in a submodule (`ascii`, `binary`, `meta`) and decodes one reply at a time, told by [`Expect`] which request it answers, because the
//! text protocol is ambiguous without that context (a bare `42` only makes sense after `incr`).

pub mod ascii;
pub mod binary;
pub mod meta;

/// `memcache.protocol`, captured when a pool is created. The methods below are the seam the pool
/// talks through; each protocol is one arm.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Protocol {
    Ascii,
    Binary,
    /// memcached's meta commands (`mg`, `ms`, `md`, `ma`, `mn`); stats, flush_all and version stay
    /// the classic text commands.
    Meta,
}

impl Protocol {
    pub fn decode(self, buf: &[u8], expect: Expect) -> Result<Option<(usize, Reply<'_>)>, ProtocolError> {
        match self {
            Protocol::Ascii => ascii::decode(buf, expect),
            Protocol::Binary => binary::decode(buf, expect),
            Protocol::Meta => meta::decode(buf, expect),
        }
    }

    /// The size of the reply at the start of `buf`, when its header already says (a large value).
    pub fn needed(self, buf: &[u8]) -> Option<usize> {
        match self {
            Protocol::Ascii => ascii::needed(buf),
            Protocol::Binary if buf.len() >= binary::HEADER_LEN => {
                Some(binary::HEADER_LEN + u32::from_be_bytes([buf[8], buf[9], buf[10], buf[11]]) as usize)
            }
            Protocol::Binary => None,
            Protocol::Meta => meta::needed(buf),
        }
    }

    /// How much of `buf` (requests of ours, encoded by the methods below) to write before a TLS
    /// record must end: up to the end of the first request that carries a value, or all of it.
    /// memcached (1.6.18 and 1.6.38 checked) reads a value straight into its item and then waits for
    /// the socket, so a request that arrived in the same TLS record after a value, already decrypted,
    /// would wait there until the timeout. Requests without a value share records.
    pub fn tls_record_end(self, buf: &[u8]) -> usize {
        let mut at = 0;
        while at < buf.len() {
            let rest = &buf[at..];
            let next = match self {
                Protocol::Binary if rest.len() >= binary::HEADER_LEN => {
                    let body = u32::from_be_bytes([rest[8], rest[9], rest[10], rest[11]]) as usize;
                    let key_and_extras = u16::from_be_bytes([rest[2], rest[3]]) as usize + rest[4] as usize;
                    Some((binary::HEADER_LEN + body, body > key_and_extras))
                }
                Protocol::Binary => None,
                // The text protocols: ASCII, and meta (whose set is `ms`) where it is built in.
                _ => text_request_len(rest),
            };
            match next {
                Some((len, value)) if len > 0 => {
                    at = at.saturating_add(len);
                    if value {
                        break;
                    }
                }
                _ => return buf.len(),
            }
        }
        at.min(buf.len())
    }

    /// A get of one key (`single`) or a batch of keys. ASCII: one `get`/`gets` line. Binary: GET for
    /// a single-key call, else GETQ per key (opaque = index) closed by a NOOP (spec §7.4). Meta: `mg`
    /// for a single-key call, else a quiet `mg` per key (opaque = index) closed by `mn`.
    pub fn encode_get(self, keys: &[&[u8]], single: bool, with_cas: bool, out: &mut Vec<u8>) {
        match self {
            Protocol::Ascii => ascii::encode_get(keys, with_cas, out),
            Protocol::Binary if single && keys.len() == 1 => binary::encode_get(keys[0], out),
            Protocol::Binary => binary::encode_multi_get(keys, out),
            Protocol::Meta if single && keys.len() == 1 => meta::encode_get(keys[0], with_cas, None, out),
            Protocol::Meta => meta::encode_multi_get(keys, with_cas, out),
        }
    }

    /// In binary and meta, a single-key get is answered by one response (a hit or a miss); an ASCII
    /// get, and every multi-key batch, ends with END/NOOP/MN.
    pub fn get_is_one_response(self, single: bool) -> bool {
        self != Protocol::Ascii && single
    }

    /// Whether hits and misses are matched to keys by the opaque of the request (binary, meta) rather
    /// than by the key the server echoes (ASCII).
    pub fn matches_by_opaque(self) -> bool {
        self != Protocol::Ascii
    }

    /// Whether several stores or deletes for one server go as a quiet batch closed by a no-op, each
    /// request tagged with its opaque (meta).
    pub fn quiet_writes(self) -> bool {
        self == Protocol::Meta
    }

    /// One store of a quiet batch (`opaque` = its position in the batch); see [`Protocol::quiet_writes`].
    #[allow(clippy::too_many_arguments)]
    pub fn encode_store_quiet(self, cmd: StoreCommand, key: &[u8], flags: u32, exptime: u32, data: &[u8], cas: u64, opaque: u32, out: &mut Vec<u8>) {
        match self {
            Protocol::Meta => meta::encode_store(cmd, key, flags, exptime, data, cas, Some(opaque), out),
            _ => self.encode_store(cmd, key, flags, exptime, data, cas, out),
        }
    }

    /// One delete of a quiet batch; see [`Protocol::quiet_writes`].
    pub fn encode_delete_quiet(self, key: &[u8], opaque: u32, out: &mut Vec<u8>) {
        match self {
            Protocol::Meta => meta::encode_delete(key, Some(opaque), out),
            _ => self.encode_delete(key, out),
        }
    }

    /// Closes a quiet batch: its reply is `End`.
    pub fn encode_quiet_end(self, out: &mut Vec<u8>) {
        match self {
            Protocol::Meta => meta::encode_noop(out),
            Protocol::Binary => binary::encode_noop(out),
            Protocol::Ascii => {}
        }
    }

    // One argument per field of the command on the wire.
    #[allow(clippy::too_many_arguments)]
    pub fn encode_store(self, cmd: StoreCommand, key: &[u8], flags: u32, exptime: u32, data: &[u8], cas: u64, out: &mut Vec<u8>) {
        match self {
            Protocol::Ascii => ascii::encode_store(cmd, key, flags, exptime, data, cas, out),
            Protocol::Binary => binary::encode_store(cmd, key, flags, exptime, data, cas, out),
            Protocol::Meta => meta::encode_store(cmd, key, flags, exptime, data, cas, None, out),
        }
    }

    pub fn encode_delete(self, key: &[u8], out: &mut Vec<u8>) {
        match self {
            Protocol::Ascii => ascii::encode_delete(key, out),
            Protocol::Binary => binary::encode_delete(key, out),
            Protocol::Meta => meta::encode_delete(key, None, out),
        }
    }

    /// incr/decr by `delta`. `defval` (initial value, expiry) is used by binary only; ASCII and meta
    /// never send it (spec §4.8).
    pub fn encode_counter(self, incr: bool, key: &[u8], delta: u64, defval: Option<(u64, u32)>, out: &mut Vec<u8>) {
        match self {
            Protocol::Ascii => ascii::encode_counter(incr, key, delta, out),
            Protocol::Binary => binary::encode_counter(incr, key, delta, defval, out),
            Protocol::Meta => meta::encode_counter(incr, key, delta, out),
        }
    }

    /// The PHP int for a counter reply: ASCII and meta saturate, binary reinterprets the 64 bits as
    /// signed.
    pub fn counter_value(self, n: u64) -> i64 {
        match self {
            Protocol::Ascii | Protocol::Meta => counter_value(n),
            Protocol::Binary => binary::counter_value(n),
        }
    }

    /// flush_all; binary ignores the delay (spec §4.10).
    pub fn encode_flush(self, delay: i64, out: &mut Vec<u8>) {
        match self {
            Protocol::Ascii | Protocol::Meta => ascii::encode_flush(delay, out),
            Protocol::Binary => binary::encode_flush(out),
        }
    }

    pub fn encode_version(self, out: &mut Vec<u8>) {
        match self {
            Protocol::Ascii | Protocol::Meta => ascii::encode_version(out),
            Protocol::Binary => binary::encode_version(out),
        }
    }

    /// stats; binary has none and sends a NOOP, so the result is always false (spec §4.12).
    pub fn encode_stats(self, kind: Option<&[u8]>, slabid: i64, limit: i64, out: &mut Vec<u8>) {
        match self {
            Protocol::Ascii | Protocol::Meta => ascii::encode_stats(kind, slabid, limit, out),
            Protocol::Binary => binary::encode_noop(out),
        }
    }
}

/// The storage commands of §4.7.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreCommand {
    Set,
    Add,
    Replace,
    Append,
    Prepend,
    Cas,
}

/// The kind of request a reply answers; it selects the grammar the decoder accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expect {
    Value,
    Store,
    Delete,
    Counter,
    Flush,
    Version,
    Stats,
    /// A get that may hand out a recache lease (meta `mg … N R`); ASCII and binary read it as `Value`.
    Lease,
}

/// Reply classes of §7.3. The `code` numbers are those the reference prints in notices: see `Status::code()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Success,
    NotFound,
    /// NOT_STORED and EXISTS share this class.
    Exists,
    TooLarge,
    OutOfMemory,
    ClientError,
    /// ERROR, SERVER_ERROR and any reply the decoder does not recognise: a server failure (§3.3).
    ServerError,
}

impl Status {
    /// The number printed in `Server … failed with: <line> (<code>)` notices, numbered like the binary
    /// protocol's status codes. NotFound is 1, but where the reference treats not-found as a server
    /// failure (cas on a missing key, §7.3) it prints 0: callers pass 0 themselves in that case.
    pub fn code(self) -> i64 {
        match self {
            Status::Success | Status::ServerError => 0,
            Status::NotFound => 1,
            Status::Exists => 2,
            Status::TooLarge => 3,
            Status::ClientError => 6,
            Status::OutOfMemory => 130,
        }
    }
}

/// One decoded reply. Slices borrow from the caller's buffer.
#[derive(Debug, PartialEq)]
pub enum Reply<'a> {
    /// One VALUE item.
    Value {
        key: &'a [u8],
        flags: u32,
        cas: u64,
        data: &'a [u8],
        /// The binary response's opaque: the key's index within a multi-get batch, since binary
        /// GET/GETQ responses carry no key. Always 0 in ASCII; meta: the `O` token (u32::MAX if none).
        opaque: u32,
        /// Meta: the reply carries `W`: this get won the right to recache a stale item (memcached
        /// hands it to the first `mg` of an invalidated item, whoever sends it). Always false elsewhere.
        won: bool,
    },
    /// END (get / stats terminator).
    End,
    /// A status line, without CRLF, for notices.
    Status { status: Status, line: &'a [u8] },
    /// incr/decr result; see [`counter_value`] for the PHP int.
    Number(u64),
    /// The text after "VERSION ".
    Version(&'a [u8]),
    /// One stats line without CRLF (STAT/ITEM/other), see `StatsTable`.
    Stat(&'a [u8]),
    /// RESET (stats reset).
    Reset,
    /// A status that names the request it answers by its opaque (meta quiet batches: `NS O3`).
    Tagged { opaque: u32, status: Status, line: &'a [u8] },
    /// A meta hit for [`Expect::Lease`], with its lease flags: `win` (`W`: this client recaches it),
    /// `stale` (`X`: invalidated), `token_sent` (`Z`: another client already won).
    Lease { flags: u32, cas: u64, data: &'a [u8], win: bool, stale: bool, token_sent: bool },
}

#[derive(Clone, Copy, Debug, thiserror::Error, PartialEq, Eq)]
pub enum ProtocolError {
    #[error("Malformed server response")]
    Malformed,
    #[error("Malformed VALUE header")]
    MalformedValueHeader,
    #[error("Line too long")]
    LineTooLong,
    /// A binary response that does not start with 0x81 (the reference's wording).
    #[error("Malformed server response (invalid magic byte)")]
    InvalidMagic,
    /// A VALUE for a key the request did not name: the stream is out of step or the server is
    /// hostile, and the data must not be handed out as another key's (the reference returns it).
    /// Raised by the caller, which knows the keys asked for.
    #[error("Unexpected key in VALUE reply")]
    UnexpectedKey,
}

/// A line longer than this without CRLF is an error, not "incomplete". Counts the terminator; the
/// longest legitimate line is a VALUE header with a 250-byte key, far below it.
pub const MAX_LINE: usize = 8192;

/// A VALUE claiming more is MalformedValueHeader (never allocate by the server's claim).
pub const MAX_VALUE_LEN: usize = 1 << 30;

/// The PHP int for a [`Reply::Number`]: the reference parses the counter as a signed long, so values
/// above `i64::MAX` saturate (§4.8).
pub fn counter_value(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// The position of the first `byte` in `buf`: libc's memchr, which scans many bytes per step (a
/// reply line is searched for its end once per value).
/// The length of the text-protocol request at the start of `buf` (one of ours), and whether it
/// carries a data block: its command line, plus the data block of a storage command — ASCII's
/// `set`/`add`/`replace`/`append`/`prepend`/`cas` (the fifth word is the data length) and meta's `ms`
/// (the third word). None when no complete command line is there.
pub(crate) fn text_request_len(buf: &[u8]) -> Option<(usize, bool)> {
    let end = find_byte(buf, b'\n')? + 1;
    let mut words = buf[..end].trim_ascii_end().split(|&b| b == b' ');
    // How many words after the command the data length comes.
    let skip = match words.next() {
        Some(b"set" | b"add" | b"replace" | b"append" | b"prepend" | b"cas") => 3,
        Some(b"ms") => 1,
        _ => return Some((end, false)),
    };
    let len = std::str::from_utf8(words.nth(skip)?).ok()?.parse::<usize>().ok()?;
    Some((end.checked_add(len)?.checked_add(2)?, true))
}

pub(crate) fn find_byte(buf: &[u8], byte: u8) -> Option<usize> {
    // SAFETY: memchr reads at most `buf.len()` bytes of a live slice; a non-null result points
    // into it.
    let p = unsafe { libc::memchr(buf.as_ptr() as *const libc::c_void, byte as libc::c_int, buf.len()) };
    (!p.is_null()).then(|| p as usize - buf.as_ptr() as usize)
}
