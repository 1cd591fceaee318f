//! rustls (ring) against OpenSSL (the `openssl` crate) as memcached TLS clients, on this machine: a get
//! of a 100-byte value over a kept connection, and connect + get + close with a full handshake and with a
//! resumed session; wall time and the client's own CPU time (getrusage) per operation, next to a
//! plaintext get on the same daemon. Blocking sockets with TCP_NODELAY for all.
//!
//!   memcached -Z -o ssl_chain_cert=server.pem,ssl_key=server.key -l 127.0.0.1:TLS -l notls:127.0.0.1:PLAIN
//!   taskset -c 1 cargo run --release -- TLS PLAIN ca.pem
//!
//! (pin memcached to the same CPU, as bench/ does). Both clients offer X25519 first (the module does too:
//! see src/net/tls.rs).

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName};

fn cpu_us() -> f64 {
    // SAFETY: getrusage writes into the struct it is given.
    let mut r: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut r) };
    (r.ru_utime.tv_sec + r.ru_stime.tv_sec) as f64 * 1e6 + (r.ru_utime.tv_usec + r.ru_stime.tv_usec) as f64
}

fn get<S: Read + Write>(s: &mut S, buf: &mut [u8]) {
    s.write_all(b"get k\r\n").expect("write");
    let mut got = 0;
    while !buf[..got].ends_with(b"END\r\n") {
        let n = s.read(&mut buf[got..]).expect("read");
        assert!(n > 0, "closed");
        got += n;
    }
    assert!(buf.starts_with(b"VALUE k "), "not a hit");
}

fn measure(name: &str, n: usize, mut f: impl FnMut()) {
    for _ in 0..n / 10 {
        f();
    }
    let (t, c) = (Instant::now(), cpu_us());
    for _ in 0..n {
        f();
    }
    let wall = t.elapsed().as_secs_f64() * 1e6 / n as f64;
    println!("| {name} | {wall:.1} | {:.1} |", (cpu_us() - c) / n as f64);
}

fn main() {
    let a: Vec<String> = std::env::args().collect();
    if a.len() != 4 {
        eprintln!("usage: tls-compare TLS_PORT PLAIN_PORT CA_FILE");
        std::process::exit(2);
    }
    let (port, plain, ca): (u16, u16, &str) = (a[1].parse().expect("port"), a[2].parse().expect("port"), &a[3]);
    let mut buf = vec![0u8; 65536];
    let mut p = TcpStream::connect(("127.0.0.1", plain)).expect("connect");
    p.set_nodelay(true).expect("nodelay");
    p.write_all(&[b"set k 0 0 100\r\n".as_slice(), &[b'x'; 100], b"\r\n"].concat()).expect("set");
    let _ = p.read(&mut buf).expect("stored");
    let tcp = || {
        let s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
        s.set_nodelay(true).expect("nodelay");
        s
    };
    println!("| operation | wall µs | client CPU µs |");
    println!("|---|---|---|");
    measure("plaintext: get hit (100 B)", 20000, || get(&mut p, &mut buf));

    let mut roots = rustls::RootCertStore::empty();
    for c in CertificateDer::pem_file_iter(ca).expect("CA file") {
        roots.add(c.expect("CA")).expect("CA");
    }
    #[allow(deprecated)] // ring has no post-quantum key exchange; neither has memcached's OpenSSL 3.0
    let mut provider = rustls::crypto::ring::default_provider();
    {
        use rustls::crypto::ring::kx_group;
        provider.kx_groups = vec![kx_group::X25519, kx_group::SECP256R1, kx_group::SECP384R1];
    }
    let provider = Arc::new(provider);
    let config = || {
        Arc::new(
            rustls::ClientConfig::builder_with_provider(provider.clone())
                .with_safe_default_protocol_versions()
                .expect("versions")
                .with_root_certificates(roots.clone())
                .with_no_client_auth(),
        )
    };
    let shared = config();
    let name = ServerName::try_from("127.0.0.1").expect("name");
    let rustls_conn = |c: &Arc<rustls::ClientConfig>| {
        rustls::StreamOwned::new(rustls::ClientConnection::new(c.clone(), name.clone()).expect("conn"), tcp())
    };
    let mut s = rustls_conn(&shared);
    measure("rustls: get hit (100 B)", 20000, || get(&mut s, &mut buf));
    measure("rustls: connect, get, close (full handshake)", 300, || get(&mut rustls_conn(&config()), &mut buf));
    let mut resumed = 0;
    measure("rustls: connect, get, close (resumed)", 300, || {
        let mut s = rustls_conn(&shared);
        get(&mut s, &mut buf);
        resumed += (s.conn.handshake_kind() == Some(rustls::HandshakeKind::Resumed)) as usize;
    });
    println!("\nrustls resumed {resumed} of 330 connects\n");

    use openssl::ssl::{SslConnector, SslMethod, SslSession, SslSessionCacheMode};
    let mut b = SslConnector::builder(SslMethod::tls_client()).expect("openssl");
    b.set_ca_file(ca).expect("CA file");
    b.set_groups_list("X25519:P-256:P-384").expect("groups");
    let last: Arc<Mutex<Option<SslSession>>> = Arc::new(Mutex::new(None));
    let keep = last.clone();
    b.set_session_cache_mode(SslSessionCacheMode::CLIENT);
    b.set_new_session_callback(move |_, s| *keep.lock().unwrap_or_else(|p| p.into_inner()) = Some(s));
    let connector = b.build();
    let openssl_conn = |resume: bool| {
        let mut cfg = connector.configure().expect("configure");
        if resume {
            if let Some(sess) = last.lock().unwrap_or_else(|p| p.into_inner()).clone() {
                // SAFETY: the session comes from a connection made with this same connector.
                unsafe { cfg.set_session(&sess).expect("session") };
            }
        }
        cfg.connect("127.0.0.1", tcp()).expect("handshake")
    };
    let mut s = openssl_conn(false);
    measure("openssl: get hit (100 B)", 20000, || get(&mut s, &mut buf));
    measure("openssl: connect, get, close (full handshake)", 300, || get(&mut openssl_conn(false), &mut buf));
    let mut reused = 0;
    measure("openssl: connect, get, close (session offered)", 300, || {
        let mut s = openssl_conn(true);
        get(&mut s, &mut buf);
        reused += s.ssl().session_reused() as usize;
    });
    println!("\nopenssl resumed {reused} of 330 connects");
}
