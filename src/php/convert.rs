//! Zval ↔ core values: keys as PHP converts them to strings, values through PHP's own serializer
//! (so __sleep, __wakeup, __serialize and references behave as in the reference), and decoded
//! items back into zvals.

use std::borrow::Cow;
use std::ptr;

use super::ffi::{self, zval};
use super::report;
use crate::value::{self, Compression, Decoded, Value};

/// A PHP value's string form, as `(string)$v` gives it, warnings included. When the conversion
/// throws, the result is empty (so the caller warns `Invalid key`, as the reference does) and the
/// exception stays pending for the caller to stop on.
pub unsafe fn to_bytes<'a>(zv: *mut zval) -> std::borrow::Cow<'a, [u8]> {
    let zv = ffi::z_deref(zv);
    if ffi::z_type(zv) == ffi::IS_STRING {
        // Borrowed: the caller's zval outlives the call.
        return std::borrow::Cow::Borrowed(ffi::zstr_bytes((*zv).value.str_));
    }
    let s = ffi::zval_get_string_func(zv);
    let out = ffi::zstr_bytes(s).to_vec();
    ffi::zstr_release(s);
    std::borrow::Cow::Owned(out)
}

/// The normalised key (spec §3.1) with the current prefix; `Invalid key` warning when empty.
/// Borrowed from `raw` when it is already normal.
pub fn normalize(raw: &[u8]) -> Option<Cow<'_, [u8]>> {
    // The warning is issued after the prefix's lock is released: an error handler may use the
    // extension again.
    warn_if_invalid(super::object::with_key_prefix(|prefix| crate::key::normalize_key(prefix, raw)))
}

/// [`normalize`] with a prefix the caller holds (a copy of the current one, see `keys_of`):
/// borrowed from `raw` when it is already normal.
pub fn normalize_with<'a>(prefix: &[u8], raw: &'a [u8]) -> Option<Cow<'a, [u8]>> {
    warn_if_invalid(crate::key::normalize_key(prefix, raw))
}

/// The `Invalid key` warning for a key that did not normalise.
fn warn_if_invalid(k: Option<Cow<'_, [u8]>>) -> Option<Cow<'_, [u8]>> {
    if k.is_none() {
        report::warning("Invalid key");
    }
    k
}

/// A value encoded for the wire: flags and payload.
pub struct Encoded<'a> {
    pub flags: u32,
    /// Borrowed from the PHP string when stored as is: a value is not copied before it is sent.
    pub data: std::borrow::Cow<'a, [u8]>,
}

/// Encodes a PHP value (spec §5.2). Warns and returns None on reserved flags or a failed serialize.
///
/// The result may borrow the PHP string `zv` holds; the caller keeps `zv` alive while using it.
pub unsafe fn encode<'a>(zv: *mut zval, user_flags: u32, c: &Compression) -> Option<Encoded<'a>> {
    use std::borrow::Cow;
    let zv = ffi::z_deref(zv);
    let v: Value<'a> = match ffi::z_type(zv) {
        ffi::IS_STRING => Value::Str(ffi::zstr_bytes((*zv).value.str_)),
        ffi::IS_LONG => Value::Long((*zv).value.lval),
        ffi::IS_DOUBLE => Value::Double((*zv).value.dval),
        ffi::IS_TRUE => Value::Bool(true),
        ffi::IS_FALSE => Value::Bool(false),
        _ => {
            // Check the flags before serializing, so that __sleep does not run for a value that is refused.
            if value::encode(Value::Str(b""), user_flags, c).is_err() {
                report::warning(&value::EncodeError::ReservedFlags.to_string());
                return None;
            }
            let Some(serialized) = serialize(zv) else {
                report::warning("Failed to serialize value");
                return None;
            };
            let encoded = value::encode(Value::Serialized(&serialized), user_flags, c);
            return match encoded {
                Ok((flags, Cow::Owned(data))) => Some(Encoded { flags, data: Cow::Owned(data) }),
                // Stored as is: hand over the serializer's buffer rather than a copy.
                Ok((flags, Cow::Borrowed(_))) => Some(Encoded { flags, data: Cow::Owned(serialized) }),
                Err(e) => {
                    report::warning(&e.to_string());
                    None
                }
            };
        }
    };
    match value::encode(v, user_flags, c) {
        Ok((flags, data)) => Some(Encoded { flags, data }),
        Err(e) => {
            report::warning(&e.to_string());
            None
        }
    }
}

/// php_var_serialize. None if it produced nothing. QUIRK, as in the reference: when a nested
/// `__sleep`/`__serialize` throws, the partial output is still returned (and stored) and the
/// exception propagates afterwards; only an empty result counts as a failure.
unsafe fn serialize(zv: *mut zval) -> Option<Vec<u8>> {
    let mut buf = ffi::smart_str { s: ptr::null_mut(), a: 0 };
    let mut data = ffi::php_var_serialize_init();
    ffi::php_var_serialize(&mut buf, zv, &mut data);
    ffi::php_var_serialize_destroy(data);
    let out = if buf.s.is_null() { Vec::new() } else { ffi::zstr_bytes(buf.s).to_vec() };
    if !buf.s.is_null() {
        ffi::zstr_release(buf.s);
    }
    if out.is_empty() {
        None
    } else {
        Some(out)
    }
}

extern "C" {
    fn zend_memory_usage(real_usage: bool) -> usize;
}

/// What PHP's `memory_limit` still leaves, counted as the allocator's own check counts it: from the
/// memory PHP has reserved (its 2 MiB chunks and huge blocks), not from what is in use. None without a
/// limit.
unsafe fn memory_room() -> Option<usize> {
    let globals = ext_php_rs::ffi::ext_php_rs_process_globals();
    let limit = if globals.is_null() { -1 } else { (*globals).memory_limit };
    usize::try_from(limit).ok().map(|limit| limit.saturating_sub(zend_memory_usage(true)))
}

/// How far a compressed value may inflate: the longest PHP string that fits in what `memory_limit` still
/// leaves (a huge block of the string's header, bytes and NUL, in whole pages). A value that could not
/// fit fails with `Failed to uncompress data` instead of exhausting memory: a decompression bomb costs at
/// most this much, not its claimed size. `memory_limit=-1` leaves the core's 1 GiB cap.
pub unsafe fn inflate_limit() -> usize {
    string_limit(memory_room())
}

/// [`inflate_limit`] for a given [`memory_room`].
fn string_limit(room: Option<usize>) -> usize {
    match room {
        Some(room) => (room & !(ffi::ZEND_MM_PAGE_SIZE - 1))
            .saturating_sub(32)
            .min(value::MAX_UNCOMPRESSED_LEN),
        None => value::MAX_UNCOMPRESSED_LEN,
    }
}

/// True when a PHP string of `len` bytes can be allocated now without passing memory_limit. Values
/// made while a server's connection is in use must be: the fatal error would unwind (longjmp)
/// through the pool. Larger ones are copied and made after the exchange.
pub unsafe fn fits_in_memory(len: usize) -> bool {
    len.saturating_add(1 << 16) <= inflate_limit()
}

/// What [`fits_in_memory`] allows, for a caller that makes many strings.
pub unsafe fn string_room() -> usize {
    inflate_limit().saturating_sub(1 << 16)
}

/// True when an item's payload is decoded without PHP code or notices: a plain string, or an
/// uncompressed long, double or bool (spec §5.3 step 3).
pub fn decodes_quietly(flags: u32) -> bool {
    flags & (value::FLAG_SERIALIZED | value::FLAG_COMPRESSED) == 0
}

/// True when an item's payload is a PHP string as is: not compressed, not serialized, and not one
/// of the scalar types (spec §5.3 step 3).
pub fn is_plain_string(flags: u32) -> bool {
    let t = flags & value::TYPE_MASK;
    flags & (value::FLAG_SERIALIZED | value::FLAG_COMPRESSED) == 0
        && t != value::TYPE_BOOL
        && t != value::TYPE_LONG
        && t != value::TYPE_DOUBLE
}

/// Decodes a stored item into `rv` (spec §5.3). Emits the reference's notice and returns false
/// when it cannot be decoded.
pub unsafe fn decode(flags: u32, data: &[u8], rv: *mut zval) -> bool {
    if flags & value::FLAG_COMPRESSED != 0 && is_plain_string(flags & !value::FLAG_COMPRESSED) {
        return match inflate_string(data) {
            Some(s) => {
                ffi::zv_set_str(rv, s);
                true
            }
            None => {
                report::notice(&value::DecodeError::Uncompress.to_string());
                false
            }
        };
    }
    let limit = if flags & value::FLAG_COMPRESSED != 0 { inflate_limit() } else { value::MAX_UNCOMPRESSED_LEN };
    match value::decode_limited(flags, data, limit) {
        Err(e) => {
            report::notice(&e.to_string());
            false
        }
        Ok(Decoded::Str(b)) => {
            ffi::zv_set_bytes(rv, &b);
            true
        }
        Ok(Decoded::Long(l)) => {
            ffi::zv_set_long(rv, l);
            true
        }
        Ok(Decoded::Double(d)) => {
            ffi::zv_set_double(rv, d);
            true
        }
        Ok(Decoded::Bool(b)) => {
            ffi::zv_set_bool(rv, b);
            true
        }
        Ok(Decoded::Serialized(b)) => {
            if unserialize(&b, rv) {
                true
            } else {
                if !ffi::exception_pending() {
                    report::notice("Failed to unserialize data");
                }
                false
            }
        }
    }
}

/// Inflates a compressed string payload into a new PHP string (spec §5.3 step 1), or None when it is
/// corrupt or would not fit in [`inflate_limit`].
///
/// Ordinary data inflates straight into the PHP string, so its bytes are written once and never copied:
/// the first buffer is sized by the core's guess from the previous value, a retry doubles it. A stream
/// that inflates by more than 16x goes on in the core's buffers and is copied once at the end: a
/// decompression bomb then holds at most 16x its size of PHP memory while it is tried, and a genuine
/// one costs the buffer plus the copy, as in the reference (which inflates into a buffer of 2^k x the
/// input, then copies it into the string).
///
/// With less than a 2 MiB chunk left under `memory_limit`, a buffer of less than 2 MiB could need a new
/// chunk, which is a fatal error: then every attempt runs in the core's buffers, and only a value that
/// fits is copied into PHP memory (where it may still need that chunk, like any allocation of PHP's).
unsafe fn inflate_string(data: &[u8]) -> Option<*mut ffi::zend_string> {
    let room = memory_room();
    let mut inflate = value::Inflate::new(data, string_limit(room));
    let direct = room.is_none_or(|room| room >= ffi::ZEND_MM_CHUNK_SIZE);
    while direct && inflate.next_is_ordinary() {
        let s = ffi::zstr_alloc(inflate.next_size());
        match inflate.attempt(ffi::zstr_spare(s)) {
            value::Attempt::Done(len) => {
                return Some(ffi::zstr_truncate(s, len, memory_room().unwrap_or(usize::MAX)));
            }
            value::Attempt::Retry => ffi::zstr_free(s),
            value::Attempt::Failed => {
                ffi::zstr_free(s);
                return None;
            }
        }
    }
    inflate.into_vec().map(|bytes| ffi::zstr_new(&bytes))
}

/// php_var_unserialize into `rv`; deferred __wakeup/__unserialize calls run before it returns.
unsafe fn unserialize(b: &[u8], rv: *mut zval) -> bool {
    let mut p = b.as_ptr();
    let end = b.as_ptr().add(b.len());
    let mut hash = ffi::php_var_unserialize_init();
    ffi::zv_set_null(rv);
    let ok = ffi::php_var_unserialize(rv, &mut p, end, &mut hash) != 0;
    ffi::php_var_unserialize_destroy(hash);
    if !ok || ffi::exception_pending() {
        ffi::zval_ptr_dtor(rv);
        ffi::zv_set_null(rv);
        return false;
    }
    true
}
