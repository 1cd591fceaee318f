//! The memcached text protocol (spec §7.2, §7.3; memcached's `protocol.txt`): encoders that append one
//! request to a buffer, and [`decode`], which reads one reply from the front of a buffer.
//!
//! # Why keys cannot inject commands
//! Every key reaching an encoder went through [`crate::key::normalize_key`], which replaces each byte
//! <= 0x20 (space, CR, LF and the other controls) with `_`. A key therefore can never contain the token
//! separator or a line end, so it cannot split a command or start a second one. The encoders only
//! `debug_assert!` that invariant instead of escaping, because the same bytes must reach the hash
//! functions and the server unchanged. Data blocks are length-prefixed, so their content is never parsed.
//!
//! # What each [`Expect`] accepts
//! Lines end with `\n`, normally preceded by `\r`, which is dropped (the reference also splits on `\n`).
//! Classification is by prefix, as in the reference: `STORED…` counts as `STORED`.
//!
//! | Expect | Accepted | Everything else |
//! |---|---|---|
//! | `Store`, `Delete`, `Flush` | any status line (§7.3) | `Status(ServerError)`: the reference reports an unknown line as a server failure with that line; an empty line is `Malformed` |
//! | `Counter` | a status line, or a decimal number (leading blanks and `+` allowed, trailing junk ignored, saturating at `u64::MAX`) | `MalformedValueHeader`, the reference's message (also for negative numbers, which memcached never sends) |
//! | `Value` | `VALUE <key> <flags> <bytes> [<cas>]` + data + CRLF, `END…`, or an `ERROR`/`SERVER_ERROR`/`CLIENT_ERROR` status | `MalformedValueHeader`, the reference's message for any other line |
//! | `Version` | `ERROR`/`SERVER_ERROR`/`CLIENT_ERROR` statuses; every other line is a version | (nothing) |
//! | `Stats` | `END…`, `RESET…`, `ERROR`/`SERVER_ERROR`/`CLIENT_ERROR` statuses; any other line, even empty, is a `Stat` | (nothing) |
//!
//! Any line longer than [`MAX_LINE`] is `LineTooLong`.

use super::{find_byte, Expect, ProtocolError, Reply, Status, StoreCommand, MAX_LINE, MAX_VALUE_LEN};

#[cfg(test)]
mod tests;

/// `get k1 k2\r\n`, or `gets …` when the caller wants CAS values. One line for all keys of a server,
/// with no length cap (§7.2). `keys` must not be empty: nothing is written then, since `get` alone
/// would only earn an `ERROR`.
pub fn encode_get(keys: &[&[u8]], with_cas: bool, out: &mut Vec<u8>) {
    if keys.is_empty() {
        return;
    }
    out.extend_from_slice(if with_cas { b"gets" } else { b"get" });
    for key in keys {
        debug_assert!(is_wire_key(key), "unnormalised key {key:?}");
        out.push(b' ');
        out.extend_from_slice(key);
    }
    out.extend_from_slice(b"\r\n");
}

/// `<cmd> <key> <flags> <exptime> <bytes>\r\n<data>\r\n`; `cas` adds ` <cas>` to the line and is
/// ignored by every other command (ASCII `set` ignores the argument, §7.4). `noreply` is never used.
pub fn encode_store(
    cmd: StoreCommand,
    key: &[u8],
    flags: u32,
    exptime: u32,
    data: &[u8],
    cas: u64,
    out: &mut Vec<u8>,
) {
    debug_assert!(is_wire_key(key), "unnormalised key {key:?}");
    // One allocation of the right size: a large value is then copied once, not again on growth.
    out.reserve(key.len() + data.len() + 64);
    let name: &[u8] = match cmd {
        StoreCommand::Set => b"set",
        StoreCommand::Add => b"add",
        StoreCommand::Replace => b"replace",
        StoreCommand::Append => b"append",
        StoreCommand::Prepend => b"prepend",
        StoreCommand::Cas => b"cas",
    };
    out.extend_from_slice(name);
    out.push(b' ');
    out.extend_from_slice(key);
    for n in [u64::from(flags), u64::from(exptime), data.len() as u64] {
        out.push(b' ');
        push_decimal(out, n);
    }
    if cmd == StoreCommand::Cas {
        out.push(b' ');
        push_decimal(out, cas);
    }
    out.extend_from_slice(b"\r\n");
    out.extend_from_slice(data);
    out.extend_from_slice(b"\r\n");
}

/// "delete k\r\n" (no time ever).
pub fn encode_delete(key: &[u8], out: &mut Vec<u8>) {
    debug_assert!(is_wire_key(key), "unnormalised key {key:?}");
    out.extend_from_slice(b"delete ");
    out.extend_from_slice(key);
    out.extend_from_slice(b"\r\n");
}

/// "incr k 5\r\n". The caller has already turned a negative PHP value into the other direction and
/// its absolute value (§4.8); defval and exptime are never sent in ASCII.
pub fn encode_counter(incr: bool, key: &[u8], delta: u64, out: &mut Vec<u8>) {
    debug_assert!(is_wire_key(key), "unnormalised key {key:?}");
    out.extend_from_slice(if incr { b"incr " } else { b"decr " });
    out.extend_from_slice(key);
    out.push(b' ');
    push_decimal(out, delta);
    out.extend_from_slice(b"\r\n");
}

/// "flush_all\r\n" or "flush_all <delay>\r\n" when delay > 0.
///
/// The reference passes the delay through an `unsigned int` first: it is truncated to 32 bits, so -5
/// is sent as 4294967291 and 2^32 as no delay at all (checked against the C extension).
pub fn encode_flush(delay: i64, out: &mut Vec<u8>) {
    let delay = delay as u32;
    out.extend_from_slice(b"flush_all");
    if delay > 0 {
        out.push(b' ');
        push_decimal(out, u64::from(delay));
    }
    out.extend_from_slice(b"\r\n");
}

/// "version\r\n".
pub fn encode_version(out: &mut Vec<u8>) {
    out.extend_from_slice(b"version\r\n");
}

/// §4.12: `stats`, `stats <kind>` when slabid is 0, `stats <kind> <slabid> <limit>` otherwise (both
/// printed as signed decimals). The caller has checked `kind` against the allowed list.
pub fn encode_stats(kind: Option<&[u8]>, slabid: i64, limit: i64, out: &mut Vec<u8>) {
    out.extend_from_slice(b"stats");
    if let Some(kind) = kind {
        debug_assert!(is_wire_key(kind), "bad stats kind {kind:?}");
        out.push(b' ');
        out.extend_from_slice(kind);
        if slabid != 0 {
            out.extend_from_slice(format!(" {slabid} {limit}").as_bytes());
        }
    }
    out.extend_from_slice(b"\r\n");
}

/// A token that can go on the wire as is: non-empty, no separators or control bytes.
pub(super) fn is_wire_key(key: &[u8]) -> bool {
    !key.is_empty() && key.iter().all(|&b| b > 0x20)
}

/// `n` in decimal, without allocating (the text protocols' numbers: lengths, flags, CAS, deltas).
pub(super) fn push_decimal(out: &mut Vec<u8>, n: u64) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    let mut n = n;
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[i..]);
}

/// Ok(None) = incomplete (need more bytes). Ok(Some((consumed, reply))). Err = malformed.
///
/// Decodes the single reply at the front of `buf`; a get's items come one per call, then `End`.
pub fn decode(buf: &[u8], expect: Expect) -> Result<Option<(usize, Reply<'_>)>, ProtocolError> {
    let Some((line, after)) = next_line(buf)? else {
        return Ok(None);
    };
    let reply = match expect {
        Expect::Value | Expect::Lease => return decode_value(buf, line, after),
        Expect::Store | Expect::Delete | Expect::Flush => {
            if line.is_empty() {
                return Err(ProtocolError::Malformed);
            }
            let status = classify(line).unwrap_or(Status::ServerError);
            Reply::Status { status, line }
        }
        Expect::Counter => match classify(line) {
            Some(status) => Reply::Status { status, line },
            None => Reply::Number(parse_counter(line).ok_or(ProtocolError::MalformedValueHeader)?),
        },
        Expect::Version => match error_status(line) {
            Some(status) => Reply::Status { status, line },
            None => Reply::Version(version_text(line)),
        },
        Expect::Stats => {
            if line.starts_with(b"END") {
                Reply::End
            } else if line.starts_with(b"RESET") {
                Reply::Reset
            } else if let Some(status) = error_status(line) {
                Reply::Status { status, line }
            } else {
                Reply::Stat(line)
            }
        }
    };
    Ok(Some((after, reply)))
}

/// The first line of `buf` without its terminator, and the offset just past it.
pub(super) fn next_line(buf: &[u8]) -> Result<Option<(&[u8], usize)>, ProtocolError> {
    let window = &buf[..buf.len().min(MAX_LINE)];
    match find_byte(window, b'\n') {
        Some(lf) => {
            let line = &buf[..lf];
            Ok(Some((line.strip_suffix(b"\r").unwrap_or(line), lf + 1)))
        }
        None if buf.len() >= MAX_LINE => Err(ProtocolError::LineTooLong),
        None => Ok(None),
    }
}

/// §7.3, by prefix and in the reference's order. None for a line that is not a status.
pub fn classify(line: &[u8]) -> Option<Status> {
    let starts = |prefix: &[u8]| line.starts_with(prefix);
    let status = if starts(b"OK") || starts(b"STORED") || starts(b"DELETED") {
        Status::Success
    } else if starts(b"NOT_FOUND") {
        Status::NotFound
    } else if starts(b"NOT_STORED") || starts(b"EXISTS") {
        Status::Exists
    } else {
        error_status(line)?
    };
    Some(status)
}

/// The error lines: `ERROR…`, `SERVER_ERROR…` (with its two special messages) and `CLIENT_ERROR…`.
pub(super) fn error_status(line: &[u8]) -> Option<Status> {
    let starts = |prefix: &[u8]| line.starts_with(prefix);
    if starts(b"SERVER_ERROR out of memory") {
        Some(Status::OutOfMemory)
    } else if starts(b"SERVER_ERROR object too large") {
        Some(Status::TooLarge)
    } else if starts(b"ERROR") || starts(b"SERVER_ERROR") {
        Some(Status::ServerError)
    } else if starts(b"CLIENT_ERROR") {
        Some(Status::ClientError)
    } else {
        None
    }
}

/// C `isspace()` in the "C" locale, which is what the reference's `sscanf` skips.
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// The reference reads counters with `sscanf("%ld")`: blanks, a sign, digits, junk ignored.
fn parse_counter(line: &[u8]) -> Option<u64> {
    let start = line.iter().position(|&b| !is_c_space(b))?;
    let (negative, rest) = match line[start..].split_first()? {
        (b'-', rest) => (true, rest),
        (b'+', rest) => (false, rest),
        _ => (false, &line[start..]),
    };
    let digits = rest.iter().take_while(|b| b.is_ascii_digit());
    let mut value: Option<u64> = None;
    for &d in digits {
        let v = value.unwrap_or(0);
        value = Some(v.saturating_mul(10).saturating_add(u64::from(d - b'0')));
    }
    match value {
        Some(v) if negative && v != 0 => None,
        v => v,
    }
}

/// The reference's `sscanf(line, "VERSION %s")`, falling back to the whole line when that fails.
fn version_text(line: &[u8]) -> &[u8] {
    let Some(rest) = line.strip_prefix(b"VERSION") else {
        return line;
    };
    let start = rest
        .iter()
        .position(|&b| !is_c_space(b))
        .unwrap_or(rest.len());
    let token = &rest[start..];
    let end = token
        .iter()
        .position(|&b| is_c_space(b))
        .unwrap_or(token.len());
    if end == 0 {
        line
    } else {
        &token[..end]
    }
}

/// How many bytes the reply at the start of `buf` needs in all, when a VALUE header announces more
/// than has arrived (so the reader can make room once instead of growing step by step). Callers cap
/// what they reserve: this is the server's claim.
pub fn needed(buf: &[u8]) -> Option<usize> {
    let end = find_byte(&buf[..buf.len().min(MAX_LINE)], b'\n')?;
    let line = buf[..end].strip_suffix(b"\r").unwrap_or(&buf[..end]);
    let (_, _, len, _) = parse_value_header(line.strip_prefix(b"VALUE ")?)?;
    Some(end + 1 + len + 2)
}

/// One reply to a get: a VALUE item with its data block, END, or an error status.
fn decode_value<'a>(
    buf: &'a [u8],
    line: &'a [u8],
    after: usize,
) -> Result<Option<(usize, Reply<'a>)>, ProtocolError> {
    let Some(header) = line.strip_prefix(b"VALUE ") else {
        if line.starts_with(b"END") {
            return Ok(Some((after, Reply::End)));
        }
        return match error_status(line) {
            Some(status) => Ok(Some((after, Reply::Status { status, line }))),
            None => Err(ProtocolError::MalformedValueHeader),
        };
    };
    let (key, flags, len, cas) =
        parse_value_header(header).ok_or(ProtocolError::MalformedValueHeader)?;
    // `len` is at most MAX_VALUE_LEN, so this cannot overflow; the data is only sliced, never copied.
    let data_end = after + len;
    let Some(block) = buf.get(after..data_end + 2) else {
        return Ok(None);
    };
    let (data, terminator) = block.split_at(len);
    if terminator != b"\r\n" {
        // The stream is out of step with the header; reading on would misparse the data as replies.
        return Err(ProtocolError::Malformed);
    }
    Ok(Some((
        data_end + 2,
        Reply::Value {
            key,
            flags,
            cas,
            data,
            opaque: 0,
            won: false,
        },
    )))
}

/// `<key> <flags> <bytes> [<cas>]`, separated by one or more spaces.
///
/// One pass over the bytes with plain loops: a multi-get parses one header per value.
fn parse_value_header(h: &[u8]) -> Option<(&[u8], u32, usize, u64)> {
    let n = h.len();
    let mut i = 0;
    while i < n && h[i] == b' ' {
        i += 1;
    }
    let start = i;
    i = find_byte(&h[start..], b' ').map_or(n, |end| start + end);
    if i == start {
        return None;
    }
    let key = &h[start..i];
    // flags, bytes and the optional cas: non-empty runs of digits that fit in a u64.
    let mut numbers = [0u64; 3];
    let mut count = 0;
    loop {
        while i < n && h[i] == b' ' {
            i += 1;
        }
        if i == n {
            break;
        }
        if count == numbers.len() {
            return None;
        }
        let mut v: u64 = 0;
        while i < n && h[i] != b' ' {
            let d = h[i].wrapping_sub(b'0');
            if d > 9 {
                return None;
            }
            v = v.checked_mul(10)?.checked_add(u64::from(d))?;
            i += 1;
        }
        numbers[count] = v;
        count += 1;
    }
    if count < 2 {
        return None;
    }
    let flags = u32::try_from(numbers[0]).ok()?;
    let len = usize::try_from(numbers[1]).ok().filter(|&n| n <= MAX_VALUE_LEN)?;
    Some((key, flags, len, numbers[2]))
}
