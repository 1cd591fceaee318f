//! TLS at the socket layer against real `memcached -Z` daemons: sessions resume on reconnect, a
//! server that cannot resume (mutual TLS without ssl_session_cache) still connects, and requests
//! work over TLS. Skipped (passes with a message) when openssl or a TLS-capable memcached is missing.

mod tls_support;

use std::time::Duration;

use php_memcache::net::{Address, Connection, TlsSettings};
use tls_support::{available, certs, daemon, Certs};

fn address(c: &Certs, port: u16, client_cert: bool) -> Address {
    let p = |f: &str| c.dir.join(f).to_string_lossy().into_owned();
    let mut s = TlsSettings { ca_file: p("ca.pem"), ..TlsSettings::default() };
    if client_cert {
        s.cert_file = p("client.pem");
        s.key_file = p("client.key");
    }
    Address::for_server("tls://127.0.0.1", port, &s)
}

/// One `version` round trip.
fn version(conn: &mut Connection) -> String {
    let mut sent = 0;
    let req = b"version\r\n";
    while sent < req.len() {
        sent += conn.write_some(&req[sent..]).unwrap_or_else(|e| panic!("write: {e}"));
    }
    while !conn.buffered().ends_with(b"\r\n") {
        conn.read_wait(Duration::from_secs(2)).unwrap_or_else(|e| panic!("read: {e}"));
    }
    let line = String::from_utf8_lossy(conn.buffered()).into_owned();
    let n = conn.buffered().len();
    conn.consume(n);
    line
}

fn resumed_series(addr: &Address, n: usize) -> Vec<bool> {
    (0..n)
        .map(|_| {
            let mut c = Connection::connect(addr, Duration::from_secs(2)).unwrap_or_else(|e| panic!("connect: {e}"));
            assert!(version(&mut c).starts_with("VERSION "));
            c.tls_resumed()
        })
        .collect()
}

#[test]
fn reconnects_resume_the_tls_session() {
    if !available() {
        eprintln!("skipped: openssl or memcached -Z missing");
        return;
    }
    let c = certs().unwrap_or_else(|e| panic!("{e}"));
    let d = daemon(&c, "").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(resumed_series(&address(&c, d.port, false), 4), vec![false, true, true, true]);
}

#[test]
fn mutual_tls_resumes_where_the_server_can_and_connects_where_it_cannot() {
    if !available() {
        eprintln!("skipped: openssl or memcached -Z missing");
        return;
    }
    let c = certs().unwrap_or_else(|e| panic!("{e}"));
    let mtls = format!(",ssl_ca_cert={},ssl_verify_mode=2", c.dir.join("ca.pem").display());
    // With ssl_session_cache memcached sets a session id context and resumes.
    let d = daemon(&c, &format!("{mtls},ssl_session_cache")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(resumed_series(&address(&c, d.port, true), 3), vec![false, true, true]);
    // Without it, memcached refuses to resume (internal_error): full handshakes, every connect works.
    let d = daemon(&c, &mtls).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(resumed_series(&address(&c, d.port, true), 3), vec![false, false, false]);
}
