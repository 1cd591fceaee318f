//! zlib (RFC 1950) compression of payloads, with the output limits of the reference (spec §5.2, §5.3).
//!
//! libdeflate does both directions: at level 6 it compresses 1.5-3.5x faster than zlib's default level to
//! about the same size (within a few percent either way, depending on the data), and it inflates 2.5-4x
//! faster than zlib. Its streams are plain zlib streams (`78 9c` header, Adler-32 trailer) that the C
//! extension's `uncompress()` reads, but not byte-identical to zlib's. Inputs of up to 31 bytes go through
//! zlib itself: libdeflate stores those uncompressed, which would drop the COMPRESSED flag from short
//! repetitive strings the reference does compress.
//!
//! Neither direction trusts a size it did not compute itself: compression writes into a buffer of the
//! caller's limit, and decompression never writes past a fixed cap.

use std::ffi::c_void;
use std::mem::MaybeUninit;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicU32, Ordering};

use flate2::{Compress, Compression, FlushCompress, Status};
use libdeflate_sys as ld;

/// The largest payload [`uncompress`] produces, whatever the input claims: 1 GiB. memcached items are
/// 1 MiB by default and the reference's own ratio cap (2^15 x input) would otherwise let a 32 KiB item
/// expand to 1 GiB anyway; this bound keeps a hostile server from making us allocate more than that.
pub const MAX_UNCOMPRESSED_LEN: usize = 1 << 30;

/// The reference retries `uncompress()` with buffers of 2x, 4x ... 2^15 x the input, so data that
/// inflates by more than this factor fails to decode there, and here too.
const MAX_RATIO_SHIFT: u32 = 15;

/// zlib's default level, which the reference uses; libdeflate's level 6 is its own balanced default.
const LEVEL: i32 = 6;

/// libdeflate emits a stored block for inputs up to `55 - 4 x level` bytes (31 at level 6).
const LIBDEFLATE_PASSTHROUGH: usize = 55 - 4 * LEVEL as usize;

/// Compresses `data` into at most `max_len` bytes of zlib stream, like the reference's `compress()` into
/// a limited output buffer. None when the result does not fit (the caller then stores the raw payload).
pub(super) fn compress_bounded(data: &[u8], max_len: usize) -> Option<Vec<u8>> {
    if max_len == 0 {
        return None;
    }
    if data.len() <= LIBDEFLATE_PASSTHROUGH {
        return zlib_compress_bounded(data, max_len);
    }
    let compressor = Compressor::new()?;
    // A limit above the worst case (min_savings < 0) must not turn into a huge allocation.
    // SAFETY: the compressor is live; the bound only reads its settings.
    let bound = unsafe { ld::libdeflate_zlib_compress_bound(compressor.0.as_ptr(), data.len()) };
    let max_len = max_len.min(bound);
    let mut out: Vec<u8> = Vec::with_capacity(max_len);
    // SAFETY: libdeflate reads `data.len()` bytes of `data` and writes at most `max_len` bytes to `out`,
    // which has that much capacity; it returns 0 (nothing usable written) when the stream does not fit.
    let written = unsafe {
        ld::libdeflate_zlib_compress(
            compressor.0.as_ptr(),
            data.as_ptr().cast::<c_void>(),
            data.len(),
            out.as_mut_ptr().cast::<c_void>(),
            max_len,
        )
    };
    if written == 0 || written > max_len {
        return None;
    }
    // SAFETY: libdeflate initialised the first `written` bytes.
    unsafe { out.set_len(written) };
    Some(out)
}

/// zlib `compress()` at the default level for inputs libdeflate would not compress: the reference's own
/// bytes. One call suffices: with Finish and enough room zlib completes the stream, and without the room
/// the result would not fit anyway.
fn zlib_compress_bounded(data: &[u8], max_len: usize) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(max_len);
    let status = Compress::new(Compression::default(), true)
        .compress_vec(data, &mut out, FlushCompress::Finish)
        .ok()?;
    // `with_capacity` may round up; the limit is the requested size, not the allocation.
    (status == Status::StreamEnd && out.len() <= max_len).then_some(out)
}

/// A libdeflate compressor at [`LEVEL`], freed on drop.
struct Compressor(NonNull<ld::libdeflate_compressor>);

impl Compressor {
    fn new() -> Option<Compressor> {
        // SAFETY: plain allocation; NULL (out of memory) becomes None.
        NonNull::new(unsafe { ld::libdeflate_alloc_compressor(LEVEL) }).map(Compressor)
    }
}

impl Drop for Compressor {
    fn drop(&mut self) {
        // SAFETY: allocated by libdeflate_alloc_compressor and freed only here.
        unsafe { ld::libdeflate_free_compressor(self.0.as_ptr()) }
    }
}

/// zlib `uncompress()`: a complete RFC 1950 stream with a valid checksum; bytes after the end of the
/// stream are ignored, as zlib does. None on any error or when the output would exceed
/// `min(2^15 x input length, MAX_UNCOMPRESSED_LEN, max_len)`.
pub(super) fn uncompress(data: &[u8], max_len: usize) -> Option<Vec<u8>> {
    Inflate::new(data, max_len).into_vec()
}

/// The most bytes `input_len` compressed bytes may inflate to.
pub(super) fn output_cap(input_len: usize) -> usize {
    input_len
        .saturating_mul(1 << MAX_RATIO_SHIFT)
        .min(MAX_UNCOMPRESSED_LEN)
}

/// The ratio the last successful inflate needed, as a shift: the next one starts with a buffer of
/// `input << shift` bytes, so that a run of similar values inflates in one pass. The reference's first
/// guess, 2x, would make the typical 3-4x text value inflate twice.
static FIRST_SHIFT: AtomicU32 = AtomicU32::new(2);

/// The largest first guess, 16x the input (the most that ordinary data inflates by): past it the next
/// attempts find the size, so that one highly compressible value does not make every later first
/// buffer huge.
const MAX_FIRST_SHIFT: u32 = 4;

/// The result of one attempt at inflating into a buffer.
#[derive(Debug, PartialEq)]
pub enum Attempt {
    /// The stream inflated to this many bytes, now initialised at the start of the buffer.
    Done(usize),
    /// The buffer was too small; the next attempt gets a larger one ([`Inflate::next_size`]).
    Retry,
    /// Corrupt data, or output past the cap: the value cannot be decoded.
    Failed,
}

/// Inflates one zlib stream into buffers of growing size, each attempt starting over, as the reference's
/// retries with 2x, 4x ... larger buffers do; the buffers come from the caller or from [`Inflate::into_vec`].
/// libdeflate inflates a whole buffer at once, several times faster than zlib's streaming inflate, so a
/// retry costs less than the streaming pass would.
pub struct Inflate<'a> {
    data: &'a [u8],
    cap: usize,
    next: usize,
    decompressor: Option<NonNull<ld::libdeflate_decompressor>>,
}

impl<'a> Inflate<'a> {
    /// Inflates `data` into at most `min(2^15 x input length, MAX_UNCOMPRESSED_LEN, max_len)` bytes.
    pub fn new(data: &'a [u8], max_len: usize) -> Self {
        let cap = output_cap(data.len()).min(max_len);
        let shift = FIRST_SHIFT.load(Ordering::Relaxed);
        // SAFETY: plain allocation; NULL (out of memory) makes every attempt fail.
        let decompressor = NonNull::new(unsafe { ld::libdeflate_alloc_decompressor() });
        Inflate {
            data,
            cap,
            next: data.len().saturating_mul(1 << shift).min(cap),
            decompressor,
        }
    }

    /// The size of buffer the next [`Inflate::attempt`] wants, never more than the cap.
    pub fn next_size(&self) -> usize {
        self.next
    }

    /// True while the next buffer is at most 16x the input, the ratios of ordinary data (text, markup,
    /// serialized arrays). Past that the data is unusually repetitive, or a decompression bomb.
    pub fn next_is_ordinary(&self) -> bool {
        self.next <= self.data.len().saturating_mul(1 << MAX_FIRST_SHIFT)
    }

    /// Inflates into `out`, normally [`Inflate::next_size`] long (no more than the cap of it is used).
    pub fn attempt(&mut self, out: &mut [MaybeUninit<u8>]) -> Attempt {
        let Some(d) = self.decompressor else {
            return Attempt::Failed;
        };
        let len = out.len().min(self.cap);
        let mut written = 0usize;
        // SAFETY: libdeflate reads the whole input, writes at most `len` bytes to `out` and stores in
        // `written` how many it wrote on success.
        let result = unsafe {
            ld::libdeflate_zlib_decompress(
                d.as_ptr(),
                self.data.as_ptr().cast::<c_void>(),
                self.data.len(),
                out.as_mut_ptr().cast::<c_void>(),
                len,
                &mut written,
            )
        };
        match result {
            ld::libdeflate_result_LIBDEFLATE_SUCCESS if written <= len => {
                remember_ratio(self.data.len(), written);
                Attempt::Done(written)
            }
            ld::libdeflate_result_LIBDEFLATE_INSUFFICIENT_SPACE if len < self.cap => {
                // Double, as the reference does, so that no buffer is more than twice the output.
                self.next = len.saturating_mul(2).max(64).min(self.cap);
                Attempt::Retry
            }
            _ => Attempt::Failed,
        }
    }

    /// Finishes in buffers of Rust's allocator, starting at [`Inflate::next_size`].
    pub fn into_vec(mut self) -> Option<Vec<u8>> {
        loop {
            let size = self.next;
            let mut out: Vec<u8> = Vec::with_capacity(size);
            match self.attempt(&mut out.spare_capacity_mut()[..size]) {
                Attempt::Done(n) => {
                    // SAFETY: libdeflate initialised the first `n` bytes.
                    unsafe { out.set_len(n) };
                    return Some(out);
                }
                Attempt::Retry => {}
                Attempt::Failed => return None,
            }
        }
    }
}

impl Drop for Inflate<'_> {
    fn drop(&mut self) {
        if let Some(d) = self.decompressor {
            // SAFETY: allocated by libdeflate_alloc_decompressor and freed only here.
            unsafe { ld::libdeflate_free_decompressor(d.as_ptr()) }
        }
    }
}

/// Records the smallest shift `s` (1 to [`MAX_FIRST_SHIFT`]) with `input << s >= output`.
fn remember_ratio(input: usize, output: usize) {
    let mut shift = 1;
    while shift < MAX_FIRST_SHIFT && input.saturating_mul(1 << shift) < output {
        shift += 1;
    }
    FIRST_SHIFT.store(shift, Ordering::Relaxed);
}
