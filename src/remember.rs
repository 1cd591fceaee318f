//! `remember()`: stampede-proof caching, without PHP. A caller asks for a key; on a miss, exactly one
//! caller among all that ask at once (in any process, on any machine) computes the value and stores
//! it, and the others wait for it. `php/methods.rs` drives the [`Remember`] state machine and calls
//! the PHP callable when told to, with no pool borrowed (the callable may use the same pool).
//!
//! # Under meta
//! One `mg <key> v f c N<lock_timeout>[ R<stale>]` per attempt. memcached answers:
//! - a value without `W`: a fresh hit, or (with `X` or `Z`) a stale value another caller is
//!   recomputing: returned at once;
//! - the empty placeholder with `Z`: another caller computes; wait and ask again;
//! - anything with `W`: this caller won: compute, then `ms` the value (which replaces the placeholder
//!   or the stale value and so ends the lease). If the computation fails, the lease is given back
//!   (`md <key> C<cas>` for a placeholder, `md <key> I C<cas>` for a value, which makes the next
//!   reader win) so that the next caller computes at once.
//!
//! Values are stored for `ttl + stale` seconds; `R<stale>` makes the first reader in the last
//! `stale` seconds win the recache while the others keep getting the current value. With `ttl` 0
//! (no expiry) there is no stale window. The placeholder is memcached's own: an item of 0 bytes with
//! flags 0, which a plain get of the key (from any client) reads as an empty string until the winner
//! stores the value. A stored empty string with flags 0 looks the same, so a caller that finds one
//! with `Z` (another caller is recaching it) waits for the recache instead of returning it.
//!
//! # Under ASCII and binary
//! A plain get first (a hit costs what `get()` costs). On a miss, `add <key>.lease` (expiring after
//! `lock_timeout`) pipelined with a get of the key, both on the key's server: the caller whose add
//! succeeds computes, stores with `ttl`, and deletes the lock in the same round trip; the others
//! poll the same pair. `stale` has no effect.
//!
//! # Waiting and failing open
//! Waiters poll with a back-off from `wait_first` doubling to `wait_max`. After `lock_timeout`
//! seconds without a value they compute it themselves, store it and return it. If the server fails
//! (or there is none), the caller computes and returns the value without storing it; the pool has
//! queued the usual failure notice.

use std::time::{Duration, Instant};

use crate::key::MAX_KEY_LEN;
use crate::pool::{LeaseRead, Pool, Release};
use crate::protocol::Protocol;

/// The parameters of one call.
#[derive(Clone, Copy, Debug)]
pub struct Settings {
    pub ttl: u32,
    pub stale: u32,
    /// memcache.lock_timeout: how long a lease lives, and how long a waiter waits, in seconds.
    pub lock_timeout: u32,
    pub wait_first: Duration,
    pub wait_max: Duration,
}

/// What the caller must do next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// The cached value (flags, payload): decode it and return it.
    Hit { flags: u32, data: Vec<u8> },
    /// Call the compute function, then [`Remember::computed`] with its encoded result.
    Compute,
}

/// The state of one `remember()` call.
pub struct Remember {
    key: Vec<u8>,
    settings: Settings,
    server: Option<usize>,
    release: Release,
    /// Whether a computed value is to be stored (not after a server failure).
    store: bool,
    /// Whether the plain get that starts an ASCII/binary call has been made.
    peeked: bool,
    pause: Duration,
    started: Option<Instant>,
}

/// The empty item memcached creates for an `N` lease.
fn is_placeholder(flags: u32, data: &[u8]) -> bool {
    flags == 0 && data.is_empty()
}

/// The ASCII/binary lock key: `<key>.lease`, the key cut so that the whole stays a valid key (two
/// long keys that share their first 244 bytes then share a lock, which only serialises them).
pub fn lock_key(key: &[u8]) -> Vec<u8> {
    const SUFFIX: &[u8] = b".lease";
    let mut k = key[..key.len().min(MAX_KEY_LEN - SUFFIX.len())].to_vec();
    k.extend_from_slice(SUFFIX);
    k
}

impl Remember {
    /// `key` is normalised (and prefixed).
    pub fn new(key: Vec<u8>, settings: Settings) -> Remember {
        Remember {
            key,
            settings,
            server: None,
            release: Release::Nothing,
            store: true,
            peeked: false,
            pause: settings.wait_first,
            started: None,
        }
    }

    /// The expiry the value is stored with.
    pub fn exptime(&self, protocol: Protocol) -> u32 {
        match protocol {
            Protocol::Meta if self.settings.ttl != 0 => self.settings.ttl.saturating_add(self.settings.stale),
            _ => self.settings.ttl,
        }
    }

    fn recache(&self) -> Option<u32> {
        (self.settings.stale > 0 && self.settings.ttl > 0).then_some(self.settings.stale)
    }

    fn compute(&mut self, store: bool, release: Release) -> Step {
        self.store = store;
        self.release = release;
        Step::Compute
    }

    /// A waiter's pause, or None when it has waited `lock_timeout` and must compute itself.
    fn wait(&mut self) -> Option<()> {
        let started = *self.started.get_or_insert_with(Instant::now);
        let budget = Duration::from_secs(u64::from(self.settings.lock_timeout));
        if started.elapsed() >= budget {
            return None;
        }
        let pause = self.pause.min(budget.saturating_sub(started.elapsed())).max(Duration::from_millis(1));
        std::thread::sleep(pause);
        self.pause = (self.pause * 2).min(self.settings.wait_max);
        Some(())
    }

    /// Asks the cache until the value is there or this caller must compute it (sleeping while
    /// another caller computes). `now` gives the current Unix time for the pool.
    pub fn next(&mut self, pool: &mut Pool, now: &dyn Fn() -> i64) -> Step {
        let protocol = pool.config.protocol;
        loop {
            let Some(server) = pool.route(&self.key, now()) else { return self.compute(false, Release::Nothing) };
            self.server = Some(server);
            if protocol == Protocol::Meta {
                let lease_ttl = self.settings.lock_timeout.max(1);
                match pool.lease_get(server, &self.key, lease_ttl, self.recache(), now()) {
                    None => return self.compute(false, Release::Nothing),
                    // A server that hands out no placeholder: compute and store, unguarded.
                    Some(LeaseRead::Miss) => return self.compute(true, Release::Nothing),
                    Some(LeaseRead::Hit { cas, flags, data, win: true, .. }) => {
                        let release = if is_placeholder(flags, &data) { Release::Placeholder(cas) } else { Release::Recache(cas) };
                        return self.compute(true, release);
                    }
                    Some(LeaseRead::Hit { flags, data, token_sent: true, .. }) if is_placeholder(flags, &data) => {
                        if self.wait().is_none() {
                            return self.compute(true, Release::Nothing);
                        }
                    }
                    Some(LeaseRead::Hit { flags, data, .. }) => return Step::Hit { flags, data },
                }
                continue;
            }
            if !self.peeked {
                self.peeked = true;
                match pool.lease_peek(server, &self.key, now()) {
                    None => return self.compute(false, Release::Nothing),
                    Some(Some((flags, data))) => return Step::Hit { flags, data },
                    Some(None) => {}
                }
            }
            let lock = lock_key(&self.key);
            match pool.lease_try_lock(server, &self.key, &lock, self.settings.lock_timeout.max(1), now()) {
                None => return self.compute(false, Release::Nothing),
                Some((locked, Some((flags, data)))) => {
                    // The value arrived between the get and the add: give the lock straight back.
                    if locked {
                        pool.lease_release(server, &self.key, &Release::Lock(lock), now());
                    }
                    return Step::Hit { flags, data };
                }
                Some((true, None)) => return self.compute(true, Release::Lock(lock)),
                Some((false, None)) => {
                    if self.wait().is_none() {
                        return self.compute(true, Release::Nothing);
                    }
                }
            }
        }
    }

    /// After [`Step::Compute`]: `value` is the encoded result (flags, payload), or None when the
    /// computation threw or its result could not be encoded. Stores it and/or gives the lease back.
    pub fn computed(&mut self, pool: &mut Pool, value: Option<(u32, &[u8])>, now: i64) {
        // The compute function may have closed the pool (its servers are gone) or changed it: then
        // there is nothing to store into, and the lease expires by itself.
        let Some(server) = self.server.filter(|&s| s < pool.servers().len()) else { return };
        let release = std::mem::replace(&mut self.release, Release::Nothing);
        match value {
            Some((flags, data)) if self.store => {
                let exptime = self.exptime(pool.config.protocol);
                pool.lease_store(server, &self.key, flags, exptime, data, &release, now);
            }
            _ => pool.lease_release(server, &self.key, &release, now),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::{HashFunction, Strategy};
    use crate::pool::{PoolConfig, ServerSpec};
    use crate::value::Compression;
    use std::io::{Read, Write};

    /// A scripted server on a loopback port: for each reply, reads one request (bytes, then 30 ms of
    /// silence) and writes the reply. Returns the port and a handle yielding the requests received.
    fn scripted(replies: Vec<&'static str>) -> (u16, std::thread::JoinHandle<Vec<String>>) {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let handle = std::thread::spawn(move || {
            let mut log = Vec::new();
            let Ok((mut c, _)) = listener.accept() else { return log };
            let _ = c.set_read_timeout(Some(Duration::from_millis(30)));
            for reply in replies {
                let mut req = Vec::new();
                let deadline = Instant::now() + Duration::from_secs(5);
                let mut buf = [0u8; 4096];
                while Instant::now() < deadline {
                    match c.read(&mut buf) {
                        Ok(0) => break,
                        Ok(n) => req.extend_from_slice(&buf[..n]),
                        Err(_) if !req.is_empty() => break,
                        Err(_) => {}
                    }
                }
                log.push(String::from_utf8_lossy(&req).into_owned());
                let _ = c.write_all(reply.as_bytes());
            }
            log
        });
        (port, handle)
    }

    fn pool(protocol: Protocol, port: u16) -> Pool {
        let mut p = Pool::new(PoolConfig {
            protocol,
            strategy: Strategy::Consistent,
            function: HashFunction::Crc32,
            compression: Compression { threshold: 0, min_savings: 0.2 },
        });
        p.add_server(ServerSpec {
            host: "127.0.0.1".into(),
            tcp_port: port,
            udp_port: 0,
            persistent: false,
            weight: 1,
            timeout: 2.0,
            retry_interval: 15,
            status: true,
            tls: Default::default(),
        });
        p
    }

    fn settings(ttl: u32, stale: u32) -> Settings {
        Settings { ttl, stale, lock_timeout: 7, wait_first: Duration::from_millis(2), wait_max: Duration::from_millis(10) }
    }

    fn now() -> i64 {
        0
    }

    #[test]
    fn meta_winner_computes_and_stores_waiter_polls_stale_is_served() {
        let (port, server) = scripted(vec![
            "VA 0 c5 W\r\n\r\n",
            "HD\r\n",
            "VA 0 c5 Z\r\n\r\n",
            "VA 1 f0 c6\r\nv\r\n",
            "VA 3 f0 c7 X Z\r\nold\r\n",
            "VA 3 f0 c8 X W\r\nold\r\n",
            "HD\r\n",
        ]);
        let mut p = pool(Protocol::Meta, port);
        let mut r = Remember::new(b"k".to_vec(), settings(60, 30));
        assert_eq!(r.next(&mut p, &now), Step::Compute);
        r.computed(&mut p, Some((0, b"v")), 0);
        let mut r = Remember::new(b"k".to_vec(), settings(60, 30));
        assert_eq!(r.next(&mut p, &now), Step::Hit { flags: 0, data: b"v".to_vec() });
        let mut r = Remember::new(b"k".to_vec(), settings(60, 0));
        assert_eq!(r.next(&mut p, &now), Step::Hit { flags: 0, data: b"old".to_vec() });
        let mut r = Remember::new(b"k".to_vec(), settings(60, 0));
        assert_eq!(r.next(&mut p, &now), Step::Compute);
        r.computed(&mut p, None, 0);
        p.close();
        let log = server.join().unwrap_or_default();
        assert_eq!(log, [
            "mg k v f c N7 R30\r\n",
            "ms k 1 F0 T90\r\nv\r\n",
            "mg k v f c N7 R30\r\n",
            "mg k v f c N7 R30\r\n",
            "mg k v f c N7\r\n",
            "mg k v f c N7\r\n",
            "md k I C8\r\n",
        ]);
        assert!(p.take_events().is_empty());
    }

    #[test]
    fn ascii_lock_winner_waiter_and_release() {
        let (port, server) = scripted(vec![
            "END\r\n",
            "STORED\r\nEND\r\n",
            "DELETED\r\n",
            "END\r\n",
            "NOT_STORED\r\nEND\r\n",
            "NOT_STORED\r\nVALUE k 0 1\r\nw\r\nEND\r\n",
        ]);
        let mut p = pool(Protocol::Ascii, port);
        let mut r = Remember::new(b"k".to_vec(), settings(60, 30));
        assert_eq!(r.next(&mut p, &now), Step::Compute);
        r.computed(&mut p, None, 0);
        let mut r = Remember::new(b"k".to_vec(), settings(60, 30));
        assert_eq!(r.next(&mut p, &now), Step::Hit { flags: 0, data: b"w".to_vec() });
        p.close();
        let log = server.join().unwrap_or_default();
        assert_eq!(log, [
            "get k\r\n",
            "add k.lease 768 7 1\r\n1\r\nget k\r\n",
            "delete k.lease\r\n",
            "get k\r\n",
            "add k.lease 768 7 1\r\n1\r\nget k\r\n",
            "add k.lease 768 7 1\r\n1\r\nget k\r\n",
        ]);
    }

    #[test]
    fn a_dead_server_means_compute_without_storing() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("addr").port();
        drop(listener);
        for protocol in [Protocol::Ascii, Protocol::Binary, Protocol::Meta] {
            let mut p = pool(protocol, port);
            let mut r = Remember::new(b"k".to_vec(), settings(60, 0));
            assert_eq!(r.next(&mut p, &now), Step::Compute);
            r.computed(&mut p, Some((0, b"v")), 0);
            let events = p.take_events();
            assert_eq!(events.len(), 1, "{protocol:?}: {events:?}");
        }
    }

    #[test]
    fn lock_keys_stay_valid_keys() {
        assert_eq!(lock_key(b"k"), b"k.lease");
        let long = [b'a'; 250];
        let l = lock_key(&long);
        assert_eq!(l.len(), 250);
        assert!(l.ends_with(b".lease"));
    }

    #[test]
    fn expiry_and_recache_window() {
        let s = |ttl, stale| Settings { ttl, stale, lock_timeout: 15, wait_first: Duration::from_millis(2), wait_max: Duration::from_millis(50) };
        let r = Remember::new(b"k".to_vec(), s(60, 30));
        assert_eq!(r.exptime(Protocol::Meta), 90);
        assert_eq!(r.exptime(Protocol::Ascii), 60);
        assert_eq!(r.exptime(Protocol::Binary), 60);
        assert_eq!(r.recache(), Some(30));
        let r = Remember::new(b"k".to_vec(), s(0, 30));
        assert_eq!(r.exptime(Protocol::Meta), 0);
        assert_eq!(r.recache(), None);
        let r = Remember::new(b"k".to_vec(), s(u32::MAX, 30));
        assert_eq!(r.exptime(Protocol::Meta), u32::MAX);
    }
}
