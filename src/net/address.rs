//! Server addresses as the reference accepts them (spec §6.1): `host`, `tcp://host`, `unix:///path`.
//!
//! This is the one place where a host string and port become an address. The reference hands PHP's
//! stream layer `"HOST:PORT"` (just `"HOST"` for port 0), and PHP's TCP transport splits that at the
//! first colon, so a host that already carries a port (`connect('127.0.0.1:11211')`) connects to that
//! port; `[v6]:port` is the bracketed form. [`Address::parse`] does the same split.

/// Where a server listens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Address {
    /// TCP with TLS (`tls://HOST`, issue 13; made by `Address::for_server`), with the TLS settings
    /// the server was added with.
    Tls { host: String, port: u16, settings: Box<super::TlsSettings> },
    Tcp { host: String, port: u16 },
    Unix { path: String },
    /// A TCP address PHP's stream layer cannot parse (a host without a port, a broken `[v6]`):
    /// connecting fails with this text, as in the reference.
    Invalid { message: String },
}

impl Address {
    /// Parses the host string as given to addServer/connect, with its TCP port.
    /// `unix://` hosts ignore the port; `tcp://` and scheme-less hosts use it.
    pub fn parse(host: &str, port: u16) -> Address {
        if let Some(path) = host.strip_prefix("unix://").or_else(|| host.strip_prefix("file://")) {
            return Address::Unix { path: path.to_string() };
        }
        let h = host.strip_prefix("tcp://").unwrap_or(host);
        if port == 0 {
            split_host_port(h)
        } else {
            split_host_port(&format!("{h}:{port}"))
        }
    }
}

/// PHP's `parse_ip_address_ex`: `[v6]:port`, or `host:port` split at the first colon (not counting
/// a colon in the last position), the port read as `atoi` reads it and truncated to 16 bits.
fn split_host_port(s: &str) -> Address {
    let b = s.as_bytes();
    if b.len() > 1 && b[0] == b'[' {
        // memchr(str + 1, ']', len - 2): the closing bracket, not looked for in the last byte.
        return match b[1..b.len() - 1].iter().position(|&c| c == b']').map(|p| p + 1) {
            Some(close) if b.get(close + 1) == Some(&b':') => {
                Address::Tcp { host: s[1..close].to_string(), port: atoi_port(&b[close + 2..]) }
            }
            _ => Address::Invalid { message: format!("Failed to parse IPv6 address \"{s}\"") },
        };
    }
    match b[..b.len().saturating_sub(1)].iter().position(|&c| c == b':') {
        Some(colon) => Address::Tcp { host: s[..colon].to_string(), port: atoi_port(&b[colon + 1..]) },
        None => Address::Invalid { message: format!("Failed to parse address \"{s}\"") },
    }
}

/// C's `atoi` (leading white space, a sign, digits; clamped as `strtol` clamps, then cut to an int),
/// stored in an unsigned 16-bit port as PHP stores it.
fn atoi_port(b: &[u8]) -> u16 {
    let mut i = b.iter().take_while(|c| matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')).count();
    let negative = b.get(i) == Some(&b'-');
    if matches!(b.get(i), Some(b'-' | b'+')) {
        i += 1;
    }
    let mut n: i64 = 0;
    for &c in b[i..].iter().take_while(|c| c.is_ascii_digit()) {
        n = n.saturating_mul(10).saturating_add((c - b'0') as i64);
    }
    let n = if negative { n.saturating_neg() } else { n };
    n as i32 as u16
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tcp(host: &str, port: u16) -> Address {
        Address::Tcp { host: host.into(), port }
    }

    #[test]
    fn parses_the_reference_forms() {
        assert_eq!(Address::parse("127.0.0.1", 11211), tcp("127.0.0.1", 11211));
        assert_eq!(Address::parse("tcp://localhost", 1), tcp("localhost", 1));
        assert_eq!(Address::parse("unix:///run/m.sock", 0), Address::Unix { path: "/run/m.sock".into() });
        assert_eq!(Address::parse("unix:///run/m.sock", 11211), Address::Unix { path: "/run/m.sock".into() });
        assert_eq!(Address::parse("[::1]", 5), tcp("::1", 5));
    }

    #[test]
    fn a_host_with_a_port_keeps_its_own() {
        // "127.0.0.1:39001:11211": split at the first colon, atoi("39001:11211") = 39001.
        assert_eq!(Address::parse("127.0.0.1:39001", 11211), tcp("127.0.0.1", 39001));
        assert_eq!(Address::parse("127.0.0.1:39001", 0), tcp("127.0.0.1", 39001));
        assert_eq!(Address::parse("tcp://127.0.0.1:39001", 5), tcp("127.0.0.1", 39001));
        assert_eq!(Address::parse("[::1]:39001", 5), tcp("::1", 39001));
        assert_eq!(Address::parse("127.0.0.1:abc", 5), tcp("127.0.0.1", 0));
        assert_eq!(Address::parse("127.0.0.1:104637", 0), tcp("127.0.0.1", 39101));
        assert_eq!(Address::parse("127.0.0.1:-26435", 0), tcp("127.0.0.1", 39101));
        assert_eq!(Address::parse("127.0.0.1: +39101x", 0), tcp("127.0.0.1", 39101));
        // A bare IPv6 literal splits at its first colon, as PHP splits it (the reference cannot use one).
        assert_eq!(Address::parse("::1", 5), tcp("", 0));
        assert_eq!(Address::parse("", 5), tcp("", 5));
    }

    #[test]
    fn what_php_cannot_parse() {
        let invalid = |m: &str| Address::Invalid { message: m.into() };
        assert_eq!(Address::parse("127.0.0.1", 0), invalid("Failed to parse address \"127.0.0.1\""));
        assert_eq!(Address::parse("127.0.0.1:", 0), invalid("Failed to parse address \"127.0.0.1:\""));
        assert_eq!(Address::parse("", 0), invalid("Failed to parse address \"\""));
        assert_eq!(Address::parse("[::1]", 0), invalid("Failed to parse IPv6 address \"[::1]\""));
        assert_eq!(Address::parse("[::1", 0), invalid("Failed to parse IPv6 address \"[::1\""));
    }
}
