//! A pool of memcached servers: routing keys to servers (spec §6.4), server state and failure
//! (§6.1, §3.3), and running requests over the servers' connections.
//!
//! The pool never calls back into PHP. Everything the PHP layer must report — server failures (a
//! notice or the failure callback), per-request errors (a notice), extra warnings — is queued as an
//! [`Event`] and drained by the caller after the operation, so no PHP code ever runs while the pool
//! is borrowed (a failure callback or an error handler may call into the same pool).

mod dispatch;
mod ops;
mod persistent;
mod remember;
mod server;
mod session;
mod udp;

pub use ops::{CounterResult, GetItem, StatsResult, StoreItem};
pub use persistent::clear as clear_persistent;
pub use remember::{LeaseRead, Release};
pub use server::{Credentials, Server, ServerSpec, ServerState};
pub use session::LockRead;

use std::time::Duration;

use crate::hash::{Distribution, HashFunction, Node, Strategy};
use crate::net::NetError;
use crate::value::Compression;

/// Settings captured from INI when the pool is created (spec §1.1).
#[derive(Clone, Copy, Debug)]
pub struct PoolConfig {
    pub protocol: crate::protocol::Protocol,
    pub strategy: Strategy,
    pub function: HashFunction,
    pub compression: Compression,
}

/// Settings read at call time (spec §1.1): the caller refreshes them before each operation.
#[derive(Clone, Copy, Debug)]
pub struct CallSettings {
    pub allow_failover: bool,
    pub max_failover_attempts: u32,
    pub redundancy: u32,
    /// memcache.chunk_size: the largest UDP request.
    pub chunk_size: u32,
}

impl Default for CallSettings {
    fn default() -> Self {
        CallSettings { allow_failover: true, max_failover_attempts: 20, redundancy: 1, chunk_size: 32768 }
    }
}

/// Something the PHP layer must report once the operation is over.
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// A server was deactivated (§5.4): fire the failure callback, or emit the default notice.
    ServerFailed(Failure),
    /// A per-request error (out of memory, too large, client error): always the notice, no callback.
    RequestFailed(Failure),
    /// A plain warning printed before the failure (the resolver's message on connect).
    Warning(String),
    /// A plain notice (UDP packet loss).
    Notice(String),
}

/// The five values of a failure notice / callback: `Server <host> (tcp <p>, udp <u>) failed with: <error> (<errnum>)`.
#[derive(Clone, Debug, PartialEq)]
pub struct Failure {
    pub host: String,
    pub tcp_port: u16,
    pub udp_port: u16,
    pub error: String,
    pub errnum: i64,
}

pub struct Pool {
    pub config: PoolConfig,
    pub settings: CallSettings,
    /// A failure callback was installed (setFailureCallback, addServer or setServerParams); only
    /// then does a failure look for one (spec §5.4). The callable itself lives with the PHP object.
    pub callback_installed: bool,
    servers: Vec<Server>,
    /// Built on first use: a one-server pool never needs it, and a short request that connects,
    /// gets and closes should not pay for 160 hashed ring points per server.
    distribution: std::cell::OnceCell<Distribution>,
    events: Vec<Event>,
    /// The failure of the server a single-key get failed on during the exchange, reported once the
    /// get has failed over (see `get_single`).
    held_failure: Option<Event>,
    /// How long any wait for I/O lasts: the smallest timeout of the pool's servers, lowered (never
    /// raised) by setServerParams (spec §4.2, §6.2).
    io_timeout: Duration,
    scratch: dispatch::Scratch,
    /// The single-key request buffer, kept from one request to the next.
    request_buffer: Vec<u8>,
}

impl Pool {
    pub fn new(config: PoolConfig) -> Pool {
        Pool {
            config,
            settings: CallSettings::default(),
            callback_installed: false,
            servers: Vec::new(),
            distribution: std::cell::OnceCell::new(),
            events: Vec::new(),
            held_failure: None,
            io_timeout: Duration::MAX,
            scratch: dispatch::Scratch::default(),
            request_buffer: Vec::new(),
        }
    }

    pub fn servers(&self) -> &[Server] {
        &self.servers
    }

    pub fn server_mut(&mut self, idx: usize) -> Option<&mut Server> {
        self.servers.get_mut(idx)
    }

    /// Adds a server lazily (no connection yet) and returns its index.
    pub fn add_server(&mut self, spec: ServerSpec) -> usize {
        self.lower_io_timeout(spec.timeout);
        self.servers.push(Server::new(spec));
        self.rebuild();
        self.servers.len() - 1
    }

    /// Removes every server (spec §4.14); their connections close with them.
    pub fn close(&mut self) {
        self.servers.clear();
        self.io_timeout = Duration::MAX;
        self.rebuild();
    }

    /// Lowers the pool's I/O wait to `secs` if that is smaller (setServerParams never raises it).
    pub fn lower_io_timeout(&mut self, secs: f64) {
        self.io_timeout = self.io_timeout.min(crate::net::timeout_from_secs(secs));
    }

    pub(crate) fn io_timeout(&self) -> Duration {
        self.io_timeout
    }

    /// The first server whose host string and TCP port match (setServerParams, getServerStatus).
    pub fn find(&self, host: &str, tcp_port: u16) -> Option<usize> {
        self.servers.iter().position(|s| s.spec.host == host && s.spec.tcp_port == tcp_port)
    }

    /// Takes the events queued by the last operations, in the order they happened.
    pub fn take_events(&mut self) -> Vec<Event> {
        self.events.extend(self.held_failure.take());
        std::mem::take(&mut self.events)
    }

    fn rebuild(&mut self) {
        self.distribution = std::cell::OnceCell::new();
    }

    fn distribution(&self) -> &Distribution {
        self.distribution.get_or_init(|| {
            let nodes: Vec<Node<'_>> = self
                .servers
                .iter()
                .map(|s| Node { host: &s.spec.host, tcp_port: s.spec.tcp_port, weight: s.spec.weight })
                .collect();
            Distribution::build(self.config.strategy, self.config.function, &nodes)
        })
    }

    /// The server a normalised key maps to, with failover along the `key-N` chain (§6.4).
    /// `None` only for an empty pool.
    pub fn route(&self, key: &[u8], now: i64) -> Option<usize> {
        self.route_avoiding(key, now, &[])
    }

    /// The server a key maps to, usable or not (no hashing with a single server).
    fn primary(&self, key: &[u8]) -> Option<usize> {
        match self.servers.len() {
            0 => None,
            1 => Some(0),
            _ => self.distribution().lookup(self.config.function.hash(key)),
        }
    }

    /// The server for `<key>-<i>` (the failover chain's i-th candidate).
    fn chain_candidate(&self, key: &[u8], i: u32, buf: &mut Vec<u8>) -> Option<usize> {
        buf.clear();
        buf.extend_from_slice(key);
        buf.push(b'-');
        buf.extend_from_slice(i.to_string().as_bytes());
        self.distribution().lookup(self.config.function.hash(buf))
    }

    /// Like `route`, treating the servers in `avoid` as unusable (they already failed this request).
    fn route_avoiding(&self, key: &[u8], now: i64, avoid: &[usize]) -> Option<usize> {
        let usable = |i: usize| !avoid.contains(&i) && self.servers[i].is_usable(now);
        let mut idx = self.primary(key)?;
        if usable(idx) || !self.settings.allow_failover || self.servers.len() == 1 {
            return Some(idx);
        }
        let mut buf = Vec::with_capacity(key.len() + 4);
        for i in 0..self.settings.max_failover_attempts {
            idx = self.chain_candidate(key, i, &mut buf)?;
            if usable(idx) {
                break;
            }
        }
        Some(idx)
    }

    /// Where to resend a request whose servers in `failed_on` failed: the next usable server of the
    /// key's failover chain that it has not failed on, if any (§6.4).
    fn failover_target(&self, key: &[u8], now: i64, failed_on: &[usize]) -> Option<usize> {
        self.route_avoiding(key, now, failed_on).filter(|next| !failed_on.contains(next) && self.servers[*next].is_usable(now))
    }

    /// The primary server for a key plus up to `redundancy - 1` further distinct servers from its
    /// `key-N` chain (§6.5); unusable ones are skipped, not replaced.
    fn targets(&self, key: &[u8], now: i64) -> Vec<usize> {
        let Some(primary) = self.route(key, now) else { return Vec::new() };
        let want = (self.settings.redundancy as usize).min(self.servers.len());
        if want <= 1 {
            return vec![primary];
        }
        let mut chosen = vec![primary];
        let mut buf = Vec::with_capacity(key.len() + 4);
        let mut i = 0;
        while chosen.len() < want && i < self.settings.max_failover_attempts {
            if let Some(idx) = self.chain_candidate(key, i, &mut buf) {
                if !chosen.contains(&idx) {
                    chosen.push(idx);
                }
            }
            i += 1;
        }
        let mut out = vec![primary];
        out.extend(chosen.into_iter().skip(1).filter(|&i| self.servers[i].is_usable(now)));
        out
    }

    /// Opens server `idx` now (connect()/pconnect()), reviving it even if marked failed (§4.1).
    /// A stale persistent socket is replaced first.
    pub fn connect(&mut self, idx: usize, now: i64) -> bool {
        let Some(s) = self.servers.get_mut(idx) else { return false };
        s.revive();
        let stale = {
            let mut l = s.link();
            l.conn.as_mut().is_some_and(|c| c.is_dead())
        };
        if stale {
            s.reset_connection();
        }
        match s.open() {
            Ok(_) => true,
            Err(e) => {
                self.fail_server(idx, &ServerError::Net(e), now);
                false
            }
        }
    }

    /// Connects server `idx` now unless it is connected, and has the next request on it authenticate
    /// first: addServer() with SASL credentials (spec §7.5), where the reference connects and sends
    /// the authentication. False when the server cannot be used or reached (a failed connection
    /// deactivates it and queues its notice).
    pub fn open_for_auth(&mut self, idx: usize, now: i64) -> bool {
        if self.connect_for(idx, now).is_none() {
            return false;
        }
        self.servers[idx].link().auth_due = true;
        true
    }

    /// Deactivates a server (§3.3): closes it, records the time and queues the failure event.
    fn fail_server(&mut self, idx: usize, err: &ServerError, now: i64) {
        let s = &mut self.servers[idx];
        s.mark_failed(now);
        if let ServerError::Net(NetError::Resolve(msg) | NetError::TlsConfig(msg)) = err {
            self.events.push(Event::Warning(msg.clone()));
        }
        let f = s.failure(err.to_string(), err.errnum());
        self.events.push(Event::ServerFailed(f));
    }

    fn request_failed(&mut self, idx: usize, line: &[u8], code: i64) {
        let f = self.servers[idx].failure(String::from_utf8_lossy(line).into_owned(), code);
        self.events.push(Event::RequestFailed(f));
    }
}

/// Why an exchange with a server failed; every variant deactivates the server.
#[derive(Clone, Debug)]
pub enum ServerError {
    Net(NetError),
    /// A reply that breaks the protocol; holds the reference's wording (`Malformed server response`).
    Protocol(String),
    /// The server answered with an error line classed as a server failure (§7.3).
    Reply { line: String, code: i64 },
}

impl From<NetError> for ServerError {
    fn from(e: NetError) -> Self {
        ServerError::Net(e)
    }
}

impl std::fmt::Display for ServerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ServerError::Net(e) => e.fmt(f),
            ServerError::Protocol(e) => e.fmt(f),
            ServerError::Reply { line, .. } => f.write_str(line),
        }
    }
}

impl ServerError {
    pub fn errnum(&self) -> i64 {
        match self {
            ServerError::Net(e) => e.errno() as i64,
            ServerError::Protocol(_) => 0,
            ServerError::Reply { code, .. } => *code,
        }
    }
}
