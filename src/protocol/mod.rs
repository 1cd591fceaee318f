//! Wire protocols (spec §7): request encoders and reply decoders with no I/O. Bytes in, "incomplete" or
//! a reply out; the caller owns the socket and the buffer.
//!
//! This module holds what every protocol shares: the request kinds, the reply classes of §7.3 and the
//! decoder's errors. Each protocol lives in a submodule (`ascii` now; binary and meta can slot in next
//! to it) and decodes one reply at a time, told by [`Expect`] which request it answers, because the
//! text protocol is ambiguous without that context (a bare `42` only makes sense after `incr`).

pub mod ascii;

/// `memcache.protocol`, captured when a pool is created. Only the ASCII protocol is spoken so far; a
/// pool created under `binary` still talks ASCII (see the README), but keeps the setting for the
/// behaviours that depend on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Protocol {
    Ascii,
    Binary,
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
}

#[derive(Clone, Copy, Debug, thiserror::Error, PartialEq, Eq)]
pub enum ProtocolError {
    #[error("Malformed server response")]
    Malformed,
    #[error("Malformed VALUE header")]
    MalformedValueHeader,
    #[error("Line too long")]
    LineTooLong,
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
