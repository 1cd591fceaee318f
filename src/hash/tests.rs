//! Replays the key → server vectors recorded from the C extension (spec §6.4) by
//! `tools/record-vectors.php` through [`Pool::route`], without PHP.
//!
//! Fixture format (tests/fixtures/):
//! * `hash_keys.txt`: one raw key per line, hex-encoded, normalised here with [`normalize_key`];
//! * `hash_shapes.txt`: one pool per line, its servers as `host,port,weight`, space-separated;
//! * `hash_results.txt`: `<shape> <strategy> <function> <digits>`, one base-36 digit per key: the index
//!   of the server findServer() returned.

use crate::hash::{HashFunction, Strategy};
use crate::key::normalize_key;
use crate::pool::{Pool, PoolConfig, ServerSpec};

const KEYS: &str = include_str!("../../tests/fixtures/hash_keys.txt");
const SHAPES: &str = include_str!("../../tests/fixtures/hash_shapes.txt");
const RESULTS: &str = include_str!("../../tests/fixtures/hash_results.txt");

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).expect("hex key")).collect()
}

fn keys() -> Vec<Vec<u8>> {
    KEYS.lines().map(unhex).collect()
}

fn shapes() -> Vec<Vec<(String, u16, u32)>> {
    SHAPES
        .lines()
        .map(|line| {
            line.split(' ')
                .map(|s| {
                    let mut f = s.rsplitn(3, ',');
                    let weight = f.next().and_then(|w| w.parse().ok()).expect("weight");
                    let port = f.next().and_then(|p| p.parse().ok()).expect("port");
                    let host = f.next().expect("host").to_string();
                    (host, port, weight)
                })
                .collect()
        })
        .collect()
}

fn pool(servers: &[(String, u16, u32)], strategy: Strategy, function: HashFunction) -> Pool {
    let mut pool = Pool::new(PoolConfig {
        protocol: crate::protocol::Protocol::Ascii,
        strategy,
        function,
        compression: crate::value::Compression { threshold: 20000, min_savings: 0.2 },
    });
    for (host, port, weight) in servers {
        pool.add_server(ServerSpec {
            host: host.clone(),
            tcp_port: *port,
            udp_port: 0,
            persistent: false,
            weight: *weight,
            timeout: 1.0,
            retry_interval: 15,
            status: true,
            tls: Default::default(),
        });
    }
    pool
}

/// One recorded line: (shape, strategy, function, expected index per key).
struct Vectors {
    shape: usize,
    strategy: Strategy,
    function: HashFunction,
    expected: Vec<usize>,
}

fn vectors() -> Vec<Vectors> {
    RESULTS
        .lines()
        .map(|line| {
            let f: Vec<&str> = line.split(' ').collect();
            let strategy = match f[1] {
                "standard" => Strategy::Standard,
                "consistent" => Strategy::Consistent,
                s => panic!("strategy {s}"),
            };
            let function = match f[2] {
                "crc32" => HashFunction::Crc32,
                "fnv" => HashFunction::Fnv,
                s => panic!("function {s}"),
            };
            let expected = f[3].chars().map(|c| c.to_digit(36).expect("digit") as usize).collect();
            Vectors { shape: f[0].parse().expect("shape"), strategy, function, expected }
        })
        .collect()
}

#[test]
fn every_recorded_vector_routes_like_the_reference() {
    let keys = keys();
    let shapes = shapes();
    let vectors = vectors();
    assert!(keys.len() >= 10_000, "{} keys", keys.len());
    assert_eq!(vectors.len(), shapes.len() * 4, "one line per shape × strategy × function");

    let normalized: Vec<Vec<u8>> = keys.iter().map(|k| normalize_key(b"", k).expect("non-empty key").into_owned()).collect();
    let mut passed = 0;
    let mut failures = Vec::new();
    for v in &vectors {
        assert_eq!(v.expected.len(), keys.len(), "shape {} {:?}/{:?}", v.shape, v.strategy, v.function);
        let pool = pool(&shapes[v.shape], v.strategy, v.function);
        for (i, key) in normalized.iter().enumerate() {
            let got = pool.route(key, 0);
            if got == Some(v.expected[i]) {
                passed += 1;
            } else if failures.len() < 20 {
                failures.push(format!(
                    "shape {} {:?}/{:?} key {}: expected {}, got {:?}",
                    v.shape,
                    v.strategy,
                    v.function,
                    KEYS.lines().nth(i).unwrap_or(""),
                    v.expected[i],
                    got
                ));
            }
        }
    }
    let total = vectors.len() * keys.len();
    println!("{passed}/{total} recorded key → server vectors match the reference");
    assert!(failures.is_empty(), "{passed}/{total} vectors pass; first failures:\n{}", failures.join("\n"));
    assert_eq!(passed, total);
}

#[test]
fn the_fixture_covers_the_key_classes_of_the_brief() {
    let keys = keys();
    let count = |f: &dyn Fn(&[u8]) -> bool| keys.iter().filter(|k| f(k)).count();
    assert!(count(&|k| k.len() > 250) >= 100, "keys longer than 250 bytes");
    assert!(count(&|k| k.len() == 300) >= 10 && count(&|k| k.len() == 400) >= 10);
    assert!(count(&|k| k.iter().any(|&b| b >= 0x80)) >= 2000, "keys with high bytes");
    assert!(count(&|k| k.iter().any(|&b| b <= 0x20)) >= 1500, "keys that normalise");
    assert!(count(&|k| k.contains(&0)) >= 100, "keys with NUL");
    assert!(count(&|k| k.windows(2).any(|w| w == b"\r\n")) >= 10, "keys with CRLF");
    assert!(count(&|k| !k.is_empty() && k.iter().all(u8::is_ascii_digit)) >= 500, "numeric keys");
    assert_eq!(count(&|k| k.is_empty()), 0, "the empty key is invalid, not a vector");
    // The standard strategy's "h = 0 → 1" rule needs keys with (H >> 16) & 0x7FFF == 0.
    for f in [HashFunction::Crc32, HashFunction::Fnv] {
        assert!(count(&|k| (f.hash(k) >> 16) & 0x7FFF == 0) >= 8, "{f:?}: keys with a zero standard hash");
    }
}
