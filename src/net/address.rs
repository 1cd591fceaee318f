//! Server addresses as the reference accepts them (spec §6.1): `host`, `tcp://host`, `unix:///path`;
//! and, beyond the reference, `tls://host` (TCP with TLS, issue 13). The `tls://` prefix is recognised
//! here and only here ([`is_tls`]).

use super::TlsSettings;

/// The prefix of a TLS server's host.
pub const TLS_PREFIX: &str = "tls://";

/// True when `host` names a TLS server (`tls://HOST`).
pub fn is_tls(host: &str) -> bool {
    host.starts_with(TLS_PREFIX)
}

/// Where a server listens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Address {
    Tcp { host: String, port: u16 },
    Unix { path: String },
    /// TCP with TLS, with the settings captured when the server was added.
    Tls { host: String, port: u16, settings: Box<TlsSettings> },
}

impl Address {
    /// Parses the host string as given to addServer/connect, with its TCP port.
    /// `unix://` hosts ignore the port; `tcp://` and scheme-less hosts use it.
    pub fn parse(host: &str, port: u16) -> Address {
        if let Some(path) = host.strip_prefix("unix://").or_else(|| host.strip_prefix("file://")) {
            return Address::Unix { path: path.to_string() };
        }
        let tls = host.strip_prefix(TLS_PREFIX);
        let h = tls.or_else(|| host.strip_prefix("tcp://")).unwrap_or(host);
        // IPv6 literals may be written in brackets, as PHP's stream layer accepts them.
        let h = h.strip_prefix('[').and_then(|x| x.strip_suffix(']')).unwrap_or(h);
        match tls {
            Some(_) => Address::Tls { host: h.to_string(), port, settings: Box::default() },
            None => Address::Tcp { host: h.to_string(), port },
        }
    }

    /// The address with the TLS settings a `tls://` server was added with (others are unchanged).
    pub fn with_tls_settings(self, tls: &TlsSettings) -> Address {
        match self {
            Address::Tls { host, port, .. } => Address::Tls { host, port, settings: Box::new(tls.clone()) },
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_reference_forms() {
        assert_eq!(Address::parse("127.0.0.1", 11211), Address::Tcp { host: "127.0.0.1".into(), port: 11211 });
        assert_eq!(Address::parse("tcp://localhost", 1), Address::Tcp { host: "localhost".into(), port: 1 });
        assert_eq!(Address::parse("unix:///run/m.sock", 0), Address::Unix { path: "/run/m.sock".into() });
        assert_eq!(Address::parse("[::1]", 5), Address::Tcp { host: "::1".into(), port: 5 });
        assert_eq!(Address::parse("tls://localhost", 7), Address::Tls { host: "localhost".into(), port: 7, settings: Box::default() });
        assert_eq!(Address::parse("tls://[::1]", 7), Address::Tls { host: "::1".into(), port: 7, settings: Box::default() });
        assert!(is_tls("tls://h") && !is_tls("tcp://h") && !is_tls("h"));
    }
}
