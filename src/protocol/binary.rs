//! The memcached binary protocol (spec §7.4, §7.5; memcached's `protocol_binary.h`): encoders that
//! append one request packet to a buffer, and [`decode`], which reads one response packet from the
//! front of a buffer. Every request byte was checked against the C extension (see the tests).
//!
//! # Framing
//! A packet is a 24-byte header (all fields big-endian: magic, opcode, key length(2), extras
//! length(1), data type, vbucket/status(2), total body length(4), opaque(4), CAS(8)) followed by
//! extras, key and value, in that order. Requests have magic `0x80`, responses `0x81`. Keys are length
//! prefixed, so unlike ASCII nothing in a key or value can split a request; the encoders still only
//! receive normalised keys (at most 250 bytes), like the ASCII ones.
//!
//! The reference sends opaque 0 on every request except a multi-get batch: GETQ per key with the
//! key's index as opaque, then a NOOP whose opaque is the key count. The response opaque is exposed on
//! [`Reply::Value`] so the caller can map a GETQ hit back to its key (the reference trusts it and
//! crashes on an out-of-range index; callers must check it against the batch size).
//!
//! # What each [`Expect`] yields
//! The response opcode is ignored, as in the reference, except that a NOOP ends a get batch. The
//! status maps to a class with [`status_class`]; `line` is the response value (the error text, such
//! as `Not found` or `Too large.`, that the reference prints in notices).
//!
//! | Expect | status 0 | other status |
//! |---|---|---|
//! | `Value` | NOOP: `End` (whatever the status); otherwise `Value` (flags from the 4-byte extras, which must be present) | `Status`: a miss. The reference ends a single GET on it and prints nothing |
//! | `Store`, `Delete`, `Flush` (and SASL auth) | `Status(Success)` | `Status` |
//! | `Counter` | an 8-byte value: `Number`; an empty one: `Status(Success)`, which the reference reports as `true` | `Status` |
//! | `Version` | `Version(value)` | `Version(value)` too: the reference returns the body whatever the status |
//! | `Stats` | `End`: stats are a NOOP in binary, and the reference returns false for them | `End` |
//!
//! Malformed input is an error, never a wait: a first byte other than `0x81` is `InvalidMagic` (at
//! once, so a text reply from an ASCII-only server fails fast); a header whose key and extras exceed
//! the body, or whose body exceeds [`MAX_BODY_LEN`], is `Malformed`; so is a value hit without its
//! 4-byte flags or a counter value that is neither 0 nor 8 bytes (the reference waits for the
//! missing bytes there and times out).

use super::{Expect, ProtocolError, Reply, Status, StoreCommand, MAX_VALUE_LEN};

#[cfg(test)]
mod tests;

/// Every packet starts with this many header bytes.
pub const HEADER_LEN: usize = 24;

/// The largest response body accepted: the largest value memcached can hold (`-I 1024m`) plus room
/// for the flags, a key and error texts. A header claiming more is `Malformed`, so a hostile length
/// never makes the caller buffer gigabytes.
pub const MAX_BODY_LEN: usize = MAX_VALUE_LEN + 1024;

const REQUEST_MAGIC: u8 = 0x80;
const RESPONSE_MAGIC: u8 = 0x81;

const OP_GET: u8 = 0x00;
const OP_SET: u8 = 0x01;
const OP_ADD: u8 = 0x02;
const OP_REPLACE: u8 = 0x03;
const OP_DELETE: u8 = 0x04;
const OP_INCREMENT: u8 = 0x05;
const OP_DECREMENT: u8 = 0x06;
const OP_FLUSH: u8 = 0x08;
const OP_GETQ: u8 = 0x09;
const OP_NOOP: u8 = 0x0a;
const OP_VERSION: u8 = 0x0b;
const OP_APPEND: u8 = 0x0e;
const OP_PREPEND: u8 = 0x0f;
const OP_SASL_LIST_MECHS: u8 = 0x20;
const OP_SASL_AUTH: u8 = 0x21;

/// The counter expiration meaning "do not create a missing key" (§4.8).
const NO_AUTO_CREATE: u32 = 0xffff_ffff;

/// A single-key get: GET with opaque 0. The reference uses it only for a scalar key; an array key,
/// even of one element, is a [`encode_multi_get`] batch.
pub fn encode_get(key: &[u8], out: &mut Vec<u8>) {
    push_packet(out, OP_GET, key, &[], &[], 0, 0);
}

/// A multi-get batch for one server: GETQ per key (opaque = the key's index in `keys`), then a NOOP
/// with opaque = the key count, whose response ends the batch. Duplicate keys are sent as they come
/// (the reference does not collapse them on the wire). Nothing is written for no keys.
pub fn encode_multi_get(keys: &[&[u8]], out: &mut Vec<u8>) {
    if keys.is_empty() {
        return;
    }
    for (i, key) in keys.iter().enumerate() {
        push_packet(out, OP_GETQ, key, &[], &[], opaque(i), 0);
    }
    push_packet(out, OP_NOOP, &[], &[], &[], opaque(keys.len()), 0);
}

/// A store. The header CAS is the `cas` argument for every command, so a non-zero one makes any
/// store CAS-checked in binary mode (§7.4): memcached answers `Data exists for key.` on a mismatch
/// and `Not found` for a missing key, even for add. `Cas` is a SET. set/add/replace carry
/// flags and exptime as extras; append/prepend carry no extras, so both are dropped.
pub fn encode_store(
    cmd: StoreCommand,
    key: &[u8],
    flags: u32,
    exptime: u32,
    data: &[u8],
    cas: u64,
    out: &mut Vec<u8>,
) {
    out.reserve(24 + 8 + key.len() + data.len());
    let (opcode, with_extras) = match cmd {
        StoreCommand::Set | StoreCommand::Cas => (OP_SET, true),
        StoreCommand::Add => (OP_ADD, true),
        StoreCommand::Replace => (OP_REPLACE, true),
        StoreCommand::Append => (OP_APPEND, false),
        StoreCommand::Prepend => (OP_PREPEND, false),
    };
    let mut extras = [0u8; 8];
    extras[..4].copy_from_slice(&flags.to_be_bytes());
    extras[4..].copy_from_slice(&exptime.to_be_bytes());
    let extras: &[u8] = if with_extras { &extras } else { &[] };
    push_packet(out, opcode, key, extras, data, 0, cas);
}

/// DELETE, with no expiration extras (the reference never sends a delay, §4.9).
pub fn encode_delete(key: &[u8], out: &mut Vec<u8>) {
    push_packet(out, OP_DELETE, key, &[], &[], 0, 0);
}

/// INCREMENT/DECREMENT. Extras: delta(8), initial(8), expiration(4). `defval` is
/// `Some((defval, exptime))` when the caller passed a defval (§4.8): memcached then creates a
/// missing key with that value and expiry. Otherwise initial is 0 and the expiration 0xFFFFFFFF, so
/// a missing key is not found. The caller has already flipped the direction for a negative PHP
/// value and converted defval (two's complement for a negative one) and exptime (truncated to 32
/// bits: an exptime of -1 or `PHP_INT_MAX` therefore also disables the creation).
pub fn encode_counter(
    incr: bool,
    key: &[u8],
    delta: u64,
    defval: Option<(u64, u32)>,
    out: &mut Vec<u8>,
) {
    let (initial, expiration) = defval.unwrap_or((0, NO_AUTO_CREATE));
    let mut extras = [0u8; 20];
    extras[..8].copy_from_slice(&delta.to_be_bytes());
    extras[8..16].copy_from_slice(&initial.to_be_bytes());
    extras[16..].copy_from_slice(&expiration.to_be_bytes());
    let opcode = if incr { OP_INCREMENT } else { OP_DECREMENT };
    push_packet(out, opcode, key, &extras, &[], 0, 0);
}

/// FLUSH without extras: the reference ignores the delay in binary mode (§4.10).
pub fn encode_flush(out: &mut Vec<u8>) {
    push_packet(out, OP_FLUSH, &[], &[], &[], 0, 0);
}

/// VERSION.
pub fn encode_version(out: &mut Vec<u8>) {
    push_packet(out, OP_VERSION, &[], &[], &[], 0, 0);
}

/// A lone NOOP with opaque 0: what the reference sends for every stats request in binary mode
/// (§4.12), whatever the type, slab id and limit.
pub fn encode_noop(out: &mut Vec<u8>) {
    push_packet(out, OP_NOOP, &[], &[], &[], 0, 0);
}

/// SASL AUTH with mechanism PLAIN (§7.5): key `PLAIN`, value `\0<user>\0<password>`. The reference
/// builds the value from C strings, so each credential stops at its first NUL byte; that is done
/// here. Decode the response with `Expect::Store`: status 0 means authenticated, and the reference
/// treats any other status as a failure of the request that carried it (an `Unknown command` from a
/// memcached without SASL marks the server failed).
pub fn encode_sasl_auth(user: &[u8], password: &[u8], out: &mut Vec<u8>) {
    let c_str = |s: &[u8]| -> usize { s.iter().position(|&b| b == 0).unwrap_or(s.len()) };
    let (user, password) = (&user[..c_str(user)], &password[..c_str(password)]);
    let mut value = Vec::with_capacity(2 + user.len() + password.len());
    value.push(0);
    value.extend_from_slice(user);
    value.push(0);
    value.extend_from_slice(password);
    push_packet(out, OP_SASL_AUTH, b"PLAIN", &[], &value, 0, 0);
}

/// SASL LIST MECHS (the reference never sends it; a server without SASL answers `Unknown command`).
pub fn encode_sasl_list_mechs(out: &mut Vec<u8>) {
    push_packet(out, OP_SASL_LIST_MECHS, &[], &[], &[], 0, 0);
}

/// The PHP int for a binary [`Reply::Number`]: the reference reinterprets the 64-bit counter as
/// signed, so 2^64-1 is -1 and 2^63 is `PHP_INT_MIN` (ASCII saturates instead, see
/// [`super::counter_value`]). Checked against the C extension.
pub fn counter_value(n: u64) -> i64 {
    n as i64
}

/// The reply class of a response status (§7.4), chosen so that the pool's per-operation handling of
/// the classes (§7.3) does what the reference does in binary mode. Checked against the C extension
/// with every status below on set/add/append/delete/incr/flush:
/// - 1 not-found: false for delete/incr, a server failure for stores (§7.4 QUIRK);
/// - 2 exists: false for stores, a server failure elsewhere;
/// - 3 too-large and 0x82 out-of-memory: a notice for stores (codes 3 and 130), a server failure
///   elsewhere;
/// - 4 invalid arguments and 6 non-numeric: a client error everywhere (notice code 6, even for 4);
/// - 5 not-stored, 0x81 unknown command and every other status: a server failure with code 0.
///   (ASCII shares one class for NOT_STORED and EXISTS; binary does not.)
pub fn status_class(status: u16) -> Status {
    match status {
        0 => Status::Success,
        1 => Status::NotFound,
        2 => Status::Exists,
        3 => Status::TooLarge,
        4 | 6 => Status::ClientError,
        0x82 => Status::OutOfMemory,
        _ => Status::ServerError,
    }
}

fn opaque(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn push_packet(
    out: &mut Vec<u8>,
    opcode: u8,
    key: &[u8],
    extras: &[u8],
    value: &[u8],
    opaque: u32,
    cas: u64,
) {
    debug_assert!(key.len() <= usize::from(u16::MAX) && extras.len() <= usize::from(u8::MAX));
    let body = key.len() + extras.len() + value.len();
    debug_assert!(u32::try_from(body).is_ok(), "body of {body} bytes");
    out.reserve(HEADER_LEN + body);
    out.extend_from_slice(&[REQUEST_MAGIC, opcode]);
    out.extend_from_slice(&(key.len() as u16).to_be_bytes());
    out.extend_from_slice(&[extras.len() as u8, 0, 0, 0]);
    out.extend_from_slice(&(body as u32).to_be_bytes());
    out.extend_from_slice(&opaque.to_be_bytes());
    out.extend_from_slice(&cas.to_be_bytes());
    out.extend_from_slice(extras);
    out.extend_from_slice(key);
    out.extend_from_slice(value);
}

/// A response header, as read from the wire.
struct Header {
    opcode: u8,
    key_len: usize,
    extras_len: usize,
    status: u16,
    body_len: usize,
    opaque: u32,
    cas: u64,
}

/// The header at the front of `buf`, once complete and checked.
fn parse_header(buf: &[u8]) -> Result<Option<Header>, ProtocolError> {
    match buf.first() {
        None => return Ok(None),
        Some(&RESPONSE_MAGIC) => {}
        Some(_) => return Err(ProtocolError::InvalidMagic),
    }
    let Some(h) = buf.get(..HEADER_LEN) else {
        return Ok(None);
    };
    let be = |range: std::ops::Range<usize>| {
        h[range]
            .iter()
            .fold(0u64, |acc, &b| acc << 8 | u64::from(b))
    };
    let header = Header {
        opcode: h[1],
        key_len: be(2..4) as usize,
        extras_len: usize::from(h[4]),
        status: be(6..8) as u16,
        body_len: be(8..12) as usize,
        opaque: be(12..16) as u32,
        cas: be(16..24),
    };
    if header.body_len > MAX_BODY_LEN || header.key_len + header.extras_len > header.body_len {
        return Err(ProtocolError::Malformed);
    }
    Ok(Some(header))
}

/// Ok(None) = incomplete (need more bytes). Ok(Some((consumed, reply))). Err = malformed.
///
/// Decodes the single response packet at the front of `buf`; a multi-get's hits come one per call,
/// then `End` for the NOOP. See the module docs for what each [`Expect`] yields.
pub fn decode(buf: &[u8], expect: Expect) -> Result<Option<(usize, Reply<'_>)>, ProtocolError> {
    let Some(h) = parse_header(buf)? else {
        return Ok(None);
    };
    let end = HEADER_LEN + h.body_len;
    let Some(body) = buf.get(HEADER_LEN..end) else {
        return Ok(None);
    };
    let (extras, rest) = body.split_at(h.extras_len);
    let (key, value) = rest.split_at(h.key_len);
    let status_reply = || Reply::Status {
        status: status_class(h.status),
        line: value,
    };
    let reply = match expect {
        Expect::Value | Expect::Lease if h.opcode == OP_NOOP => Reply::End,
        Expect::Value | Expect::Lease if h.status != 0 => status_reply(),
        // A lease get is a plain get in binary.
        Expect::Value | Expect::Lease => {
            let flags: [u8; 4] = extras.try_into().map_err(|_| ProtocolError::Malformed)?;
            Reply::Value {
                key,
                flags: u32::from_be_bytes(flags),
                cas: h.cas,
                data: value,
                opaque: h.opaque,
                won: false,
            }
        }
        Expect::Store | Expect::Delete | Expect::Flush => status_reply(),
        Expect::Counter if h.status != 0 => status_reply(),
        Expect::Counter => match <[u8; 8]>::try_from(value) {
            Ok(n) => Reply::Number(u64::from_be_bytes(n)),
            Err(_) if value.is_empty() => status_reply(),
            Err(_) => return Err(ProtocolError::Malformed),
        },
        Expect::Version => Reply::Version(value),
        Expect::Stats => Reply::End,
    };
    Ok(Some((end, reply)))
}
