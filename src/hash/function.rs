//! The two hash functions of `memcache.hash_function`.

/// `memcache.hash_function`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HashFunction {
    Crc32,
    Fnv,
}

impl HashFunction {
    pub fn hash(self, key: &[u8]) -> u32 {
        match self {
            HashFunction::Crc32 => crc32(key),
            HashFunction::Fnv => fnv1a_signed(key),
        }
    }
}

/// Standard CRC-32 (IEEE, reflected), equal to PHP's crc32() and zlib's. crc32fast (already in the
/// build, through flate2) works on many bytes per step; every key of every call is hashed.
pub fn crc32(data: &[u8]) -> u32 {
    crc32fast::hash(data)
}

/// FNV-1a 32-bit where each byte is first sign-extended as a C `char` (x86-64), as the reference does.
pub fn fnv1a_signed(data: &[u8]) -> u32 {
    let mut h = 0x811C_9DC5u32;
    for &b in data {
        h ^= b as i8 as i32 as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_zlib() {
        assert_eq!(crc32(b""), 0);
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b"The quick brown fox jumps over the lazy dog"), 0x414F_A339);
    }

    #[test]
    fn fnv_sign_extends_high_bytes() {
        assert_eq!(fnv1a_signed(b""), 0x811C_9DC5);
        assert_eq!(fnv1a_signed(b"a"), 0xE40C_292C);
        // A high byte XORs as 0xFFFFFF80, so it differs from plain FNV-1a.
        let plain = (0x811C_9DC5u32 ^ 0x80).wrapping_mul(0x0100_0193);
        assert_ne!(fnv1a_signed(&[0x80]), plain);
        assert_eq!(fnv1a_signed(&[0x80]), (0x811C_9DC5u32 ^ 0xFFFF_FF80).wrapping_mul(0x0100_0193));
    }
}
