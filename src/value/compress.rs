//! zlib (RFC 1950) compression of payloads, with the output limits of the reference (spec §5.2, §5.3).
//!
//! Neither direction trusts a size it did not compute itself: compression writes into a buffer of the
//! caller's limit, and decompression grows its buffer only up to a fixed cap.

use flate2::{Compress, Compression, Decompress, FlushCompress, FlushDecompress, Status};

/// The largest payload [`uncompress`] produces, whatever the input claims: 1 GiB. memcached items are
/// 1 MiB by default and the reference's own ratio cap (2^15 x input) would otherwise let a 32 KiB item
/// expand to 1 GiB anyway; this bound keeps a hostile server from making us allocate more than that.
pub const MAX_UNCOMPRESSED_LEN: usize = 1 << 30;

/// The reference retries `uncompress()` with buffers of 2x, 4x ... 2^15 x the input, so data that
/// inflates by more than this factor fails to decode there, and here too.
const MAX_RATIO_SHIFT: u32 = 15;

/// zlib `compress()` at the default level into at most `max_len` bytes, like the reference's call with a
/// limited output buffer. None when the result does not fit (the caller then stores the raw payload).
///
/// flate2's Rust backend (miniz_oxide) at level 6 produced the same bytes as the C extension for every
/// payload compared (up to 62 KB of text, serialised arrays, runs); it is not guaranteed to match C zlib
/// bit for bit on all inputs, but any difference would still be a valid stream that any zlib reads.
pub(super) fn compress_bounded(data: &[u8], max_len: usize) -> Option<Vec<u8>> {
    if max_len == 0 {
        return None;
    }
    // Deflate output never exceeds the input by more than a few bytes per 16 KiB block, so a limit
    // above that bound (min_savings < 0) must not turn into a huge allocation.
    let max_len = max_len.min(data.len() + (data.len() >> 10) + 64);
    let mut encoder = Compress::new(Compression::default(), true);
    let mut out = Vec::with_capacity(max_len);
    loop {
        let (in_before, out_before) = (encoder.total_in(), encoder.total_out());
        let consumed = usize::try_from(in_before).ok()?;
        let status = encoder
            .compress_vec(data.get(consumed..)?, &mut out, FlushCompress::Finish)
            .ok()?;
        if out.len() > max_len {
            // `with_capacity` may round up; the limit is the requested size, not the allocation.
            return None;
        }
        if status == Status::StreamEnd {
            return Some(out);
        }
        let stalled = encoder.total_in() == in_before && encoder.total_out() == out_before;
        if out.len() == out.capacity() || stalled {
            return None;
        }
    }
}

/// zlib `uncompress()`: a complete RFC 1950 stream with a valid checksum; bytes after the end of the
/// stream are ignored, as zlib does. None on any error or when the output would exceed
/// `min(2^15 x input length, MAX_UNCOMPRESSED_LEN, max_len)`.
pub(super) fn uncompress(data: &[u8], max_len: usize) -> Option<Vec<u8>> {
    uncompress_capped(data, output_cap(data.len()).min(max_len))
}

/// The most bytes `input_len` compressed bytes may inflate to.
pub(super) fn output_cap(input_len: usize) -> usize {
    input_len
        .saturating_mul(1 << MAX_RATIO_SHIFT)
        .min(MAX_UNCOMPRESSED_LEN)
}

/// [`uncompress`] with an explicit output limit.
pub(super) fn uncompress_capped(data: &[u8], cap: usize) -> Option<Vec<u8>> {
    let mut decoder = Decompress::new(true);
    let mut out: Vec<u8> = Vec::new();
    loop {
        if out.len() == out.capacity() {
            if out.len() >= cap {
                return None;
            }
            // Grow geometrically, starting from the reference's first guess of 2x the input.
            let want = out
                .capacity()
                .saturating_mul(2)
                .max(data.len().saturating_mul(2))
                .max(64)
                .min(cap);
            out.reserve_exact(want - out.len());
        }
        let (in_before, out_before) = (decoder.total_in(), decoder.total_out());
        let consumed = usize::try_from(in_before).ok()?;
        // Writing into spare capacity only: the Vec's capacity, capped above, bounds the output.
        let status = decoder
            .decompress_vec(data.get(consumed..)?, &mut out, FlushDecompress::None)
            .ok()?;
        if out.len() > cap {
            return None;
        }
        if status == Status::StreamEnd {
            return Some(out);
        }
        let stalled = decoder.total_in() == in_before && decoder.total_out() == out_before;
        if stalled && out.len() < out.capacity() {
            // No progress with room to spare: the input ended before the stream did.
            return None;
        }
    }
}
