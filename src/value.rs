//! Value encoding (spec §5.1-§5.3): the flags word layout, turning a PHP value into the flags and payload
//! bytes stored in memcached, and turning stored bytes back into a typed value.
//!
//! PHP serialisation is not done here: the PHP layer serialises before [`encode`] and unserialises after
//! [`decode`] returns [`Decoded::Serialized`]. No I/O and no PHP types in this module.
//!
//! # Layout
//! * `compress.rs`: zlib-format compression and decompression with the reference's size limits;
//! * `number.rs`: the number <-> text conversions the reference borrows from PHP and libc.

mod compress;
mod number;
#[cfg(test)]
mod tests;

use std::borrow::Cow;

pub use compress::{Attempt, Inflate, MAX_UNCOMPRESSED_LEN};
pub use number::{format_double, parse_double, parse_long};

/// §5.1: the payload is PHP `serialize()` output.
pub const FLAG_SERIALIZED: u32 = 0x1;
/// §5.1: the payload is zlib data; the same value as `MEMCACHE_COMPRESSED`.
pub const FLAG_COMPRESSED: u32 = 0x2;
/// §5.1: the type nibble.
pub const TYPE_MASK: u32 = 0x0F00;
pub const TYPE_STRING: u32 = 0x000;
pub const TYPE_BOOL: u32 = 0x100;
pub const TYPE_LONG: u32 = 0x300;
pub const TYPE_DOUBLE: u32 = 0x700;
/// §4.7: bits 0-15 belong to the extension, except COMPRESSED which callers may set to ask for compression.
pub const RESERVED_FLAGS: u32 = 0xFFFF & !FLAG_COMPRESSED;

/// The pool's compression settings (§4.13, §5.2).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Compression {
    /// Payloads of at least this many bytes are compressed automatically; 0 turns that off.
    pub threshold: u32,
    /// Compressed data is kept only if it saves at least this fraction (0..=1) of the raw length.
    pub min_savings: f64,
}

impl Default for Compression {
    /// The INI default `memcache.compress_threshold=20000` and the fixed default min_savings 0.2.
    fn default() -> Self {
        Compression {
            threshold: 20000,
            min_savings: 0.2,
        }
    }
}

/// A PHP value as the PHP layer hands it over for storing (serialisation already done by PHP for Serialized).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value<'a> {
    Str(&'a [u8]),
    Long(i64),
    Double(f64),
    Bool(bool),
    Serialized(&'a [u8]),
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum EncodeError {
    #[error("The lowest two bytes of the flags array is reserved for pecl/memcache internal use")]
    ReservedFlags,
}

/// §5.2: the flags word and payload bytes to put on the wire. `user_flags` is the caller's flags already truncated to 32 bits.
///
/// How the flags are formed (checked against the C extension):
/// * any low-16 bit other than COMPRESSED, including SERIALIZED (0x1), is refused with `ReservedFlags`;
/// * the user's bits 16-31 pass through untouched, and the type bits are ORed in;
/// * int, float and bool always clear COMPRESSED and are never compressed;
/// * strings and serialised data are compressed when the caller set COMPRESSED or the payload reaches the
///   threshold; COMPRESSED is set afterwards only if the compressed form saved at least `min_savings`.
pub fn encode<'a>(
    value: Value<'a>,
    user_flags: u32,
    c: &Compression,
) -> Result<(u32, Cow<'a, [u8]>), EncodeError> {
    if user_flags & RESERVED_FLAGS != 0 {
        return Err(EncodeError::ReservedFlags);
    }
    let scalar_flags = user_flags & !FLAG_COMPRESSED;
    let encoded = match value {
        Value::Str(bytes) => maybe_compress(bytes, user_flags | TYPE_STRING, c),
        Value::Serialized(bytes) => maybe_compress(bytes, user_flags | FLAG_SERIALIZED, c),
        Value::Long(v) => (
            scalar_flags | TYPE_LONG,
            Cow::Owned(v.to_string().into_bytes()),
        ),
        Value::Double(v) => (
            scalar_flags | TYPE_DOUBLE,
            Cow::Owned(format_double(v).into_bytes()),
        ),
        Value::Bool(v) => (
            scalar_flags | TYPE_BOOL,
            Cow::Borrowed(if v { &b"1"[..] } else { &b"0"[..] }),
        ),
    };
    Ok(encoded)
}

/// Compresses `bytes` when §5.2 asks for it, returning the final flags and payload.
fn maybe_compress<'a>(bytes: &'a [u8], flags: u32, c: &Compression) -> (u32, Cow<'a, [u8]>) {
    let automatic = c.threshold != 0 && bytes.len() >= c.threshold as usize;
    if flags & FLAG_COMPRESSED == 0 && !automatic {
        return (flags, Cow::Borrowed(bytes));
    }
    // The reference computes `len * (1 - min_savings)` in double precision and truncates it to an
    // unsigned long, which is the size of the output buffer zlib may fill. `as` saturates the same way
    // for out-of-range values and maps NaN to 0 (which means "never worth it").
    let max_len = (bytes.len() as f64 * (1.0 - c.min_savings)) as usize;
    match compress::compress_bounded(bytes, max_len) {
        Some(compressed) => (flags | FLAG_COMPRESSED, Cow::Owned(compressed)),
        None => (flags & !FLAG_COMPRESSED, Cow::Borrowed(bytes)),
    }
}

/// A stored value after §5.3 steps 1 and 3.
#[derive(Debug, PartialEq)]
pub enum Decoded<'a> {
    Str(Cow<'a, [u8]>),
    Long(i64),
    Double(f64),
    Bool(bool),
    /// PHP `serialize()` output that the PHP layer must unserialize (§5.3 step 2).
    Serialized(Cow<'a, [u8]>),
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum DecodeError {
    #[error("Failed to uncompress data")]
    Uncompress,
}

/// §5.3 steps 1 and 3 (step 2, unserialize, is the PHP layer's job on Decoded::Serialized).
///
/// SERIALIZED wins over the type nibble. Unknown nibbles (0x200, 0x400, ... 0xF00) and unknown low bits
/// (e.g. 0x4) are ignored, so such payloads come back as strings, as in the reference.
///
/// Compressed payloads inflate to at most `min(2^15 x payload, MAX_UNCOMPRESSED_LEN)` bytes; callers
/// that know a tighter bound (PHP's memory_limit) use [`decode_limited`].
pub fn decode(flags: u32, payload: &[u8]) -> Result<Decoded<'_>, DecodeError> {
    decode_limited(flags, payload, MAX_UNCOMPRESSED_LEN)
}

/// [`decode`], with compressed payloads also failing with [`DecodeError::Uncompress`] once they
/// would inflate past `max_len` bytes. Inflating stops there: no more than about `max_len` bytes are
/// ever allocated, however far the data would expand (a decompression bomb costs `max_len`, not its
/// claimed size). Uncompressed payloads are not affected: they are already in memory.
pub fn decode_limited(
    flags: u32,
    payload: &[u8],
    max_len: usize,
) -> Result<Decoded<'_>, DecodeError> {
    let data: Cow<'_, [u8]> = if flags & FLAG_COMPRESSED != 0 {
        Cow::Owned(compress::uncompress(payload, max_len).ok_or(DecodeError::Uncompress)?)
    } else {
        Cow::Borrowed(payload)
    };
    if flags & FLAG_SERIALIZED != 0 {
        return Ok(Decoded::Serialized(data));
    }
    let decoded = match flags & TYPE_MASK {
        TYPE_LONG => Decoded::Long(parse_long(&data)),
        TYPE_DOUBLE => Decoded::Double(parse_double(&data)),
        TYPE_BOOL => Decoded::Bool(data.as_ref() == b"1"),
        _ => Decoded::Str(data),
    };
    Ok(decoded)
}
