//! What TLS costs here, measured at the socket layer against a private `memcached -Z` with a plaintext
//! (`notls:`) listener beside the TLS one: round trips over a kept connection (get hit, set 100 B,
//! 100-key get), and connect + get + close with a full handshake and with a resumed session.
//!
//!   cargo run --release --example tls_cost [-- ROUNDS]
//!
//! For README.md ("TLS"); the PHP-level rows are in `make bench`.

#[path = "../tests/tls_support/mod.rs"]
mod tls_support;

use std::time::{Duration, Instant};

use php_memcache::net::{Address, Connection, TlsSettings};

fn exchange(c: &mut Connection, req: &[u8], end: &[u8]) {
    let mut sent = 0;
    while sent < req.len() {
        sent += c.write_some(&req[sent..]).expect("write");
    }
    while !c.buffered().ends_with(end) {
        c.read_wait(Duration::from_secs(2)).expect("read");
    }
    let n = c.buffered().len();
    c.consume(n);
}

fn per_op(n: usize, mut f: impl FnMut()) -> f64 {
    for _ in 0..n / 10 {
        f();
    }
    let t = Instant::now();
    for _ in 0..n {
        f();
    }
    t.elapsed().as_secs_f64() * 1e6 / n as f64
}

fn main() {
    if !tls_support::available() {
        eprintln!("openssl or memcached -Z missing");
        std::process::exit(1);
    }
    let rounds: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(3);
    let certs = tls_support::certs().expect("certs");
    let d = tls_support::daemon(&certs, "").expect("memcached -Z");
    let settings = TlsSettings { ca_file: certs.dir.join("ca.pem").to_string_lossy().into_owned(), ..TlsSettings::default() };
    let tls = Address::for_server("tls://127.0.0.1", d.port, &settings);
    let plain = Address::parse("127.0.0.1", d.plain);

    let value = vec![b'x'; 100];
    let mut set = b"set k 0 0 100\r\n".to_vec();
    set.extend_from_slice(&value);
    set.extend_from_slice(b"\r\n");
    let mut multi = b"get".to_vec();
    for i in 0..100 {
        multi.extend_from_slice(format!(" k{i}").as_bytes());
    }
    multi.extend_from_slice(b"\r\n");
    {
        let mut c = Connection::connect(&plain, Duration::from_secs(2)).expect("connect");
        exchange(&mut c, &set, b"STORED\r\n");
        for i in 0..100 {
            let mut s = format!("set k{i} 0 0 100\r\n").into_bytes();
            s.extend_from_slice(&value);
            s.extend_from_slice(b"\r\n");
            exchange(&mut c, &s, b"STORED\r\n");
        }
    }
    println!("| operation | plaintext µs | TLS µs | TLS / plaintext |");
    println!("|---|---|---|---|");
    for round in 0..rounds {
        let mut rows: Vec<(&str, f64, f64)> = Vec::new();
        for (name, req, end, n) in [
            ("get hit (100 B)", b"get k\r\n".to_vec(), b"END\r\n".to_vec(), 20000),
            ("set 100 B", set.clone(), b"STORED\r\n".to_vec(), 20000),
            ("get 100 keys", multi.clone(), b"END\r\n".to_vec(), 2000),
        ] {
            let mut p = Connection::connect(&plain, Duration::from_secs(2)).expect("connect");
            let mut t = Connection::connect(&tls, Duration::from_secs(2)).expect("connect");
            let a = per_op(n, || exchange(&mut p, &req, &end));
            let b = per_op(n, || exchange(&mut t, &req, &end));
            rows.push((name, a, b));
        }
        let connect_plain = per_op(500, || {
            let mut c = Connection::connect(&plain, Duration::from_secs(2)).expect("connect");
            exchange(&mut c, b"get k\r\n", b"END\r\n");
        });
        let connect_full = per_op(300, || {
            php_memcache::net::forget_tls_sessions();
            let mut c = Connection::connect(&tls, Duration::from_secs(2)).expect("connect");
            assert!(!c.tls_resumed());
            exchange(&mut c, b"get k\r\n", b"END\r\n");
        });
        // One connect to fill the session cache again.
        drop(Connection::connect(&tls, Duration::from_secs(2)));
        let connect_resumed = per_op(300, || {
            let mut c = Connection::connect(&tls, Duration::from_secs(2)).expect("connect");
            assert!(c.tls_resumed());
            exchange(&mut c, b"get k\r\n", b"END\r\n");
        });
        for (name, a, b) in &rows {
            println!("| {name} (round {round}) | {a:.1} | {b:.1} | {:.2} |", b / a);
        }
        println!("| connect + get + close, TLS full handshake (round {round}) | {connect_plain:.1} | {connect_full:.1} | {:.2} |", connect_full / connect_plain);
        println!("| connect + get + close, TLS resumed (round {round}) | {connect_plain:.1} | {connect_resumed:.1} | {:.2} |", connect_resumed / connect_plain);
    }
}
