//! Server addresses as the reference accepts them (spec §6.1): `host`, `tcp://host`, `unix:///path`.

/// Where a server listens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Address {
    /// TCP with TLS (`tls://HOST`, issue 13; made by `Address::for_server`), with the TLS settings
    /// the server was added with.
    Tls { host: String, port: u16, settings: Box<super::TlsSettings> },
    Tcp { host: String, port: u16 },
    Unix { path: String },
}

impl Address {
    /// Parses the host string as given to addServer/connect, with its TCP port.
    /// `unix://` hosts ignore the port; `tcp://` and scheme-less hosts use it.
    pub fn parse(host: &str, port: u16) -> Address {
        if let Some(path) = host.strip_prefix("unix://").or_else(|| host.strip_prefix("file://")) {
            return Address::Unix { path: path.to_string() };
        }
        let h = host.strip_prefix("tcp://").unwrap_or(host);
        // IPv6 literals may be written in brackets, as PHP's stream layer accepts them.
        let h = h.strip_prefix('[').and_then(|x| x.strip_suffix(']')).unwrap_or(h);
        Address::Tcp { host: h.to_string(), port }
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
    }
}
