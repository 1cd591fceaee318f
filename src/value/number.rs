//! Number <-> text conversions of stored ints and floats (spec §5.2, §5.3).
//!
//! The reference writes floats with PHP's `%.14g`-style formatter and reads them back with C
//! `sscanf("%lg")` and `strtol()`. Each function here copies one of those, including the corner cases
//! recorded from the C extension (see `tests.rs`), so values round-trip with C clients byte for byte.

/// Significant digits of the reference's float format (`%.14g`).
const DOUBLE_DIGITS: i32 = 14;

/// PHP's "%.14g" as the reference writes floats: 1.5, 3.1415926535898, 1.0e+100, -0.1, NAN, INF, -INF, 1.0e-7 …
///
/// This is PHP's `php_gcvt(value, 14, '.', 'e')`: the value is rounded to 14 significant digits
/// (round-half-even on exact ties, like zend_dtoa) and trailing zeros are dropped. With the decimal
/// point after `decpt` digits, the exponential form is used when `decpt < -3` or `decpt > 14`, and it
/// always has a fractional part (`1.0e+15`, not `1e+15`). NaN has no sign; -0.0 is `-0`.
pub fn format_double(v: f64) -> String {
    if v.is_nan() {
        return "NAN".to_owned();
    }
    if v.is_infinite() {
        return if v > 0.0 { "INF" } else { "-INF" }.to_owned();
    }
    let sign = if v.is_sign_negative() { "-" } else { "" };
    if v == 0.0 {
        return format!("{sign}0");
    }
    let (digits, decpt) = significant_digits(v.abs());
    let body = if !(-3..=DOUBLE_DIGITS).contains(&decpt) {
        let (first, rest) = digits.split_at(1);
        let rest = if rest.is_empty() { "0" } else { rest };
        let exp = decpt - 1;
        let exp_sign = if exp < 0 { '-' } else { '+' };
        format!("{first}.{rest}e{exp_sign}{}", exp.unsigned_abs())
    } else if decpt <= 0 {
        format!("0.{}{digits}", "0".repeat(decpt.unsigned_abs() as usize))
    } else {
        let decpt = decpt as usize;
        if digits.len() > decpt {
            format!("{}.{}", &digits[..decpt], &digits[decpt..])
        } else {
            format!("{digits}{}", "0".repeat(decpt - digits.len()))
        }
    };
    format!("{sign}{body}")
}

/// The digits of a finite, positive `v` rounded to 14 significant digits without trailing zeros, and
/// the position of the decimal point relative to them (`1.5` gives `("15", 1)`, `0.001` gives `("1", -2)`).
fn significant_digits(v: f64) -> (String, i32) {
    // Rust's exact formatting rounds correctly, ties to even, which is what zend_dtoa's mode 2 does.
    let sci = format!("{:.*e}", (DOUBLE_DIGITS - 1) as usize, v);
    let (mantissa, exp) = sci.split_once('e').unwrap_or((sci.as_str(), "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    (digits, exp + 1)
}

/// C `isspace()` in the "C" locale.
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// Skips leading C whitespace and one optional sign; returns (negative, rest).
fn split_sign(b: &[u8]) -> (bool, &[u8]) {
    let start = b.iter().position(|&c| !is_c_space(c)).unwrap_or(b.len());
    let b = &b[start..];
    match b.first() {
        Some(b'-') => (true, &b[1..]),
        Some(b'+') => (false, &b[1..]),
        _ => (false, b),
    }
}

/// C strtol semantics (leading whitespace, optional sign, digits, trailing junk ignored, saturating), "abc" -> 0.
///
/// Base 10 only, as the reference uses: `"0x1A"` is 0 and `"007"` is 7.
pub fn parse_long(b: &[u8]) -> i64 {
    let (negative, rest) = split_sign(b);
    let mut value: i64 = 0;
    for &c in rest.iter().take_while(|c| c.is_ascii_digit()) {
        let digit = i64::from(c - b'0');
        // Accumulate towards the sign so that i64::MIN is reachable; saturate like strtol's ERANGE.
        let next = value.checked_mul(10).and_then(|v| {
            if negative {
                v.checked_sub(digit)
            } else {
                v.checked_add(digit)
            }
        });
        match next {
            Some(v) => value = v,
            None => return if negative { i64::MIN } else { i64::MAX },
        }
    }
    value
}

/// C sscanf("%lg") semantics (accepts NAN, INF, 2.5e3, leading whitespace); unparsable -> 0.0.
///
/// As glibc's scanf: `inf` and `infinity` (any case; `infin` is a failed match, not INF), `nan` with
/// anything after it, hex floats (`0x1.8p1`), decimal with optional fraction and exponent (an exponent
/// marker without digits is ignored: `1e+` is 1). Results are correctly rounded, overflow gives ±INF and
/// underflow ±0.
pub fn parse_double(b: &[u8]) -> f64 {
    let (negative, rest) = split_sign(b);
    match parse_unsigned_double(rest) {
        Some(magnitude) if negative => -magnitude,
        Some(magnitude) => magnitude,
        // A failed conversion leaves the reference's zero-initialised double alone: +0.0, even for "-x".
        None => 0.0,
    }
}

/// The magnitude after the sign; None when scanf would report a failed conversion.
fn parse_unsigned_double(b: &[u8]) -> Option<f64> {
    let lower = |n: usize| b.get(..n).map(<[u8]>::to_ascii_lowercase);
    if lower(3).as_deref() == Some(b"inf") {
        // glibc commits to "infinity" once it sees the fourth letter.
        return match b.get(3) {
            Some(b'i' | b'I') if lower(8).as_deref() == Some(b"infinity") => Some(f64::INFINITY),
            Some(b'i' | b'I') => None,
            _ => Some(f64::INFINITY),
        };
    }
    if lower(3).as_deref() == Some(b"nan") {
        return Some(f64::NAN);
    }
    if lower(2).as_deref() == Some(b"0x") {
        // glibc's scanf fails on "0x" without a hex digit after it, so "-0x" gives +0.0, not -0.0.
        return parse_hex(&b[2..]);
    }
    parse_decimal(b)
}

/// Decimal digits, optional fraction, optional exponent; the longest such prefix is converted.
fn parse_decimal(b: &[u8]) -> Option<f64> {
    let count_digits = |from: usize| {
        b.iter()
            .skip(from)
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let int_len = count_digits(0);
    let mut end = int_len;
    let mut frac_len = 0;
    if b.get(end) == Some(&b'.') {
        frac_len = count_digits(end + 1);
        end += 1 + frac_len;
    }
    if int_len + frac_len == 0 {
        return None;
    }
    if matches!(b.get(end), Some(b'e' | b'E')) {
        let sign_len = usize::from(matches!(b.get(end + 1), Some(b'+' | b'-')));
        let exp_len = count_digits(end + 1 + sign_len);
        if exp_len > 0 {
            end += 1 + sign_len + exp_len;
        }
    }
    // The prefix is ASCII and matches Rust's float grammar, which also rounds correctly and saturates
    // huge exponents; so the fallback is never taken.
    std::str::from_utf8(&b[..end]).ok()?.parse().ok()
}

/// A hex float after the `0x`: hex digits, optional `.` and hex fraction, optional `p` exponent.
/// None when there is no hex digit at all.
fn parse_hex(b: &[u8]) -> Option<f64> {
    let mut mantissa: u64 = 0;
    let mut sticky = false; // a nonzero digit that did not fit into `mantissa`
    let mut exp2: i64 = 0;
    let mut any_digit = false;
    let mut in_fraction = false;
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        let digit = match c {
            b'.' if !in_fraction => {
                in_fraction = true;
                i += 1;
                continue;
            }
            _ => match (c as char).to_digit(16) {
                Some(d) => u64::from(d),
                None => break,
            },
        };
        any_digit = true;
        if mantissa >> 60 == 0 {
            mantissa = mantissa << 4 | digit;
            if in_fraction {
                exp2 -= 4;
            }
        } else {
            sticky |= digit != 0;
            if !in_fraction {
                exp2 += 4;
            }
        }
        i += 1;
    }
    if !any_digit {
        return None;
    }
    if matches!(b.get(i), Some(b'p' | b'P')) {
        let (exp_negative, exp_digits) = match b.get(i + 1) {
            Some(b'-') => (true, b.get(i + 2..).unwrap_or_default()),
            Some(b'+') => (false, b.get(i + 2..).unwrap_or_default()),
            _ => (false, b.get(i + 1..).unwrap_or_default()),
        };
        let digits = exp_digits.iter().take_while(|c| c.is_ascii_digit());
        // Saturate far beyond the f64 range so that huge exponents still give INF or 0.
        let exp = digits.fold(0i64, |acc, &c| {
            (acc * 10 + i64::from(c - b'0')).min(1 << 20)
        });
        exp2 += if exp_negative { -exp } else { exp };
    }
    Some(round_binary(mantissa, sticky, exp2))
}

/// `mantissa × 2^exp2` (plus a little more if `sticky`) rounded to the nearest f64, ties to even,
/// including subnormals.
fn round_binary(mantissa: u64, sticky: bool, exp2: i64) -> f64 {
    if mantissa == 0 {
        return 0.0;
    }
    let lz = mantissa.leading_zeros();
    let m = mantissa << lz;
    let exp2 = exp2 - i64::from(lz);
    // The value lies in [2^top, 2^(top+1)).
    let top = exp2 + 63;
    if top > 1024 {
        return f64::INFINITY;
    }
    // Bits the result can hold: 53 for normal numbers, fewer for subnormals (2^-1074 is the last bit).
    let keep = (top + 1075).min(53);
    if keep < 0 {
        return 0.0;
    }
    let shift = (64 - keep) as u32; // 11..=64
    let m = u128::from(m);
    let mut q = m >> shift;
    let rem = m & ((1u128 << shift) - 1);
    let half = 1u128 << (shift - 1);
    if rem > half || rem == half && (sticky || q & 1 == 1) {
        q += 1;
    }
    ldexp(q as f64, exp2 + i64::from(shift))
}

/// `x × 2^exp`, exact whenever the result is representable (it is here, after rounding).
fn ldexp(mut x: f64, mut exp: i64) -> f64 {
    while exp > 1000 {
        x *= pow2(1000);
        exp -= 1000;
    }
    while exp < -1000 {
        x *= pow2(-1000);
        exp += 1000;
    }
    x * pow2(exp)
}

/// 2^e for e in -1000..=1000, built from its bit pattern so that it is exact.
fn pow2(e: i64) -> f64 {
    f64::from_bits(((e + 1023) as u64) << 52)
}
