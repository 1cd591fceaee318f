//! Key normalisation (spec §3.1): the single place that turns a caller's key into the bytes that are
//! hashed and put on the wire.
//!
//! The ASCII protocol separates tokens with spaces and ends commands with CRLF, so a key containing a
//! byte <= 0x20 could smuggle a second command onto the wire. [`normalize_key`] replaces every such byte
//! with `_`, which is why the protocol encoders can write keys verbatim. No I/O and no PHP types here.

use std::borrow::Cow;

/// The longest key memcached accepts (`protocol.txt`: "the length of the key must not exceed 250").
pub const MAX_KEY_LEN: usize = 250;

/// §3.1 steps 2-5. None when `key` is empty (the caller warns "Invalid key"). Otherwise prefix+key,
/// truncated to 250 bytes, every byte <= 0x20 replaced by b'_'.
///
/// The emptiness test looks at `key` alone, as the reference does: an empty key is invalid even when a
/// prefix would make the combined string non-empty. Truncation is silent, so a 300-byte key and its
/// first 250 bytes address the same item. Bytes >= 0x21, including 0x7F and all of 0x80..=0xFF, are kept.
///
/// Borrowed when there is no prefix and the key is already normal, as nearly every key is: a
/// multi-get of many keys then copies none of them.
pub fn normalize_key<'a>(prefix: &[u8], key: &'a [u8]) -> Option<Cow<'a, [u8]>> {
    if key.is_empty() {
        return None;
    }
    if prefix.is_empty() && is_normal(key) {
        return Some(Cow::Borrowed(key));
    }
    let normalized = prefix
        .iter()
        .chain(key)
        .take(MAX_KEY_LEN)
        .map(|&b| if b <= 0x20 { b'_' } else { b })
        .collect();
    Some(Cow::Owned(normalized))
}

/// True when `key` is a valid key that normalisation leaves as it is (with no prefix).
pub fn is_normal(key: &[u8]) -> bool {
    !key.is_empty() && key.len() <= MAX_KEY_LEN && !has_control_or_space(key)
}

/// True when some byte is <= 0x20, eight bytes at a time: every key of every call is checked.
fn has_control_or_space(key: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // A byte b of w is below 0x21 exactly when (b - 0x21) borrows into its high bit while b's own
    // high bit is clear; a borrow can only make false positives in bytes above a true positive.
    let below = |w: u64| w.wrapping_sub(0x21 * ONES) & !w & HIGH != 0;
    let mut chunks = key.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        if below(u64::from_le_bytes(w)) {
            return true;
        }
    }
    chunks.remainder().iter().any(|&b| b <= 0x20)
}

/// §3.1 step 3: the host part of a key prefix built from $_SERVER['SERVER_NAME']: a leading "www." removed
/// case-insensitively when remove_www; only the last two dot-separated labels kept when remove_subdomain.
///
/// Details copied from the reference (checked against the C extension):
/// * it treats the name as a C string, so anything from the first NUL byte on is ignored;
/// * only one leading `www.` is removed (`www.www.a.b` becomes `www.a.b`);
/// * "last two labels" means "everything after the second-to-last dot", where a dot at index 0 is never
///   considered: `a.b.` gives `b.`, `a..b` gives `.b`, `.a.b` and `example.com` stay unchanged.
///   The reference corrupts its stack for names with more than three dots; this keeps the same rule
///   for any number of dots.
pub fn host_prefix(server_name: &[u8], remove_www: bool, remove_subdomain: bool) -> Vec<u8> {
    let c_len = server_name
        .iter()
        .position(|&b| b == 0)
        .unwrap_or(server_name.len());
    let mut name = &server_name[..c_len];
    if remove_www && name.len() >= 4 && name[..4].eq_ignore_ascii_case(b"www.") {
        name = &name[4..];
    }
    if remove_subdomain {
        // Dots at indices >= 1, scanned from the end like the reference's loop (which stops at i > 0).
        let mut dots = name
            .iter()
            .enumerate()
            .skip(1)
            .rev()
            .filter(|(_, &b)| b == b'.');
        if let (Some(_), Some((second_last, _))) = (dots.next(), dots.next()) {
            name = &name[second_last + 1..];
        }
    }
    name.to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_key_is_invalid_even_with_a_prefix() {
        assert_eq!(normalize_key(b"", b""), None);
        assert_eq!(normalize_key(b"pfx", b""), None);
    }

    #[test]
    fn prefix_is_prepended_without_separator() {
        assert_eq!(
            normalize_key(b"pfx_example.com", b"k_1").as_deref(),
            Some(&b"pfx_example.comk_1"[..])
        );
    }

    #[test]
    fn truncates_to_250_bytes() {
        for (len, want) in [(249, 249), (250, 250), (251, 250), (300, 250)] {
            let key = vec![b'k'; len];
            assert_eq!(
                normalize_key(b"", &key).map(|k| k.len()),
                Some(want),
                "len {len}"
            );
        }
        // The prefix counts towards the limit.
        let key = normalize_key(&[b'p'; 10], &[b'k'; 250]).unwrap_or_default();
        assert_eq!(key.len(), 250);
        assert_eq!(&key[..11], b"ppppppppppk");
        // A 300-byte key and its first 250 bytes are the same item.
        let long: Vec<u8> = (0..300u32).map(|i| b'a' + (i % 26) as u8).collect();
        assert_eq!(normalize_key(b"", &long), normalize_key(b"", &long[..250]));
    }

    #[test]
    fn control_bytes_and_space_become_underscore() {
        let key = b"a b\tc\r\nd\0e\x1ff\x20g\x21h";
        assert_eq!(
            normalize_key(b"", key).as_deref(),
            Some(&b"a_b_c__d_e_f_g!h"[..])
        );
        // The prefix is normalised too.
        assert_eq!(normalize_key(b"p x", b"k").as_deref(), Some(&b"p_xk"[..]));
        // "a b" and "a_b" address the same item.
        assert_eq!(normalize_key(b"", b"a b"), normalize_key(b"", b"a_b"));
    }

    #[test]
    fn control_check_matches_the_bytewise_rule_at_every_position() {
        for len in [1usize, 7, 8, 9, 16, 21] {
            for pos in 0..len {
                for b in 0..=255u8 {
                    let mut key = vec![b'k'; len];
                    key[pos] = b;
                    assert_eq!(has_control_or_space(&key), b <= 0x20, "len {len} pos {pos} byte {b:#x}");
                    let borrowed = matches!(normalize_key(b"", &key), Some(std::borrow::Cow::Borrowed(_)));
                    assert_eq!(borrowed, b > 0x20);
                }
            }
        }
    }

    #[test]
    fn high_bytes_and_del_are_kept() {
        let key = [0x7f, 0x80, 0xc3, 0xa9, 0xff];
        assert_eq!(normalize_key(b"", &key).as_deref(), Some(&key[..]));
    }

    #[test]
    fn normalised_keys_never_contain_separators() {
        let all: Vec<u8> = (0..=255u8).collect();
        let key = normalize_key(b"", &all).unwrap_or_default();
        assert!(key.iter().all(|&b| b > 0x20));
    }

    /// (server name, remove_www, remove_subdomain, expected) recorded from the C extension.
    const HOST_VECTORS: &[(&[u8], bool, bool, &[u8])] = &[
        (b"www.sub.example.com", true, false, b"sub.example.com"),
        (b"www.sub.example.com", false, false, b"www.sub.example.com"),
        (b"www.sub.example.com", true, true, b"example.com"),
        (b"www.sub.example.com", false, true, b"example.com"),
        (b"WWW.Example.com", true, false, b"Example.com"),
        (b"WWW.Example.com", false, false, b"WWW.Example.com"),
        (b"www.", true, false, b""),
        (b"www.", false, true, b"www."),
        (b"localhost", true, true, b"localhost"),
        (b".com", true, true, b".com"),
        (b"a.b", true, true, b"a.b"),
        (b"x.a.b", true, false, b"x.a.b"),
        (b"x.a.b", false, true, b"a.b"),
        (b"www.a.b.c", true, false, b"a.b.c"),
        (b"www.a.b.c", true, true, b"b.c"),
        (b"a..b", false, false, b"a..b"),
        (b"a..b", false, true, b".b"),
        (b"example.com.", true, false, b"example.com."),
        (b"example.com.", true, true, b"com."),
        (b"wwwx.com", true, true, b"wwwx.com"),
        (b"www.www.a.b", true, false, b"www.a.b"),
        (b"www.www.a.b", true, true, b"a.b"),
        (b".a.b", true, true, b".a.b"),
        (b"a.b.", false, true, b"b."),
        (b"ab\0cd.ef", true, true, b"ab"),
        (b"sub.a.", true, true, b"a."),
        (b"", true, true, b""),
    ];

    #[test]
    fn host_prefix_vectors() {
        for &(name, www, sub, want) in HOST_VECTORS {
            assert_eq!(
                host_prefix(name, www, sub),
                want,
                "{:?} www={www} sub={sub}",
                String::from_utf8_lossy(name)
            );
        }
    }

    #[test]
    fn host_prefix_with_many_dots_keeps_last_two_labels() {
        assert_eq!(host_prefix(b"w.x.y.z.a.b", false, true), b"a.b");
    }
}
