//! One server of a pool: its settings, and the link (connection and failure state) it uses. A
//! persistent server's link comes from the process-wide registry (spec §6.3), so its connection and
//! its failure state are shared by every pool in the process that names the same server.

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use super::persistent;
use super::Failure;
use crate::net::{timeout_from_secs, Address, Connection, NetError, TlsSettings};

/// What addServer()/connect() were given.
#[derive(Clone, Debug, PartialEq)]
pub struct ServerSpec {
    /// Exactly as given, including any `tcp://` or `unix://` prefix: it names the server in notices.
    pub host: String,
    pub tcp_port: u16,
    pub udp_port: u16,
    pub persistent: bool,
    pub weight: u32,
    /// Seconds (float), the connect and read timeout.
    pub timeout: f64,
    /// Whole seconds before a failed server is tried again; -1 = never.
    pub retry_interval: i64,
    /// false = added already failed (with failed_at 0, see the QUIRK in §4.1).
    pub status: bool,
    /// The `memcache.tls_*` settings when the server was added (used by `tls://` hosts only).
    pub tls: TlsSettings,
}

/// SASL PLAIN credentials (binary protocol only, spec §7.5): sent on every new connection.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Credentials {
    pub user: Vec<u8>,
    pub password: Vec<u8>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ServerState {
    Disconnected,
    /// A reused persistent connection not yet checked in this request: one silent reconnect allowed.
    Unknown,
    Connected,
    Failed { since: i64 },
}

/// The connection and failure state of a server; shared between pools for persistent servers.
pub struct Link {
    pub(super) conn: Option<Connection>,
    pub(super) state: ServerState,
    /// The error text and number of the last failure, for connect()'s `Can't connect` warning.
    pub(super) last_failure: Option<(String, i64)>,
    /// Seconds before a failed server is retried; shared, so the last pool to name a persistent
    /// server sets it for all (spec §6.3).
    pub(super) retry_interval: i64,
    /// When the server last failed (0 = never): setServerParams(…, false) marks a server failed
    /// "since" this time, as the reference does.
    pub(super) failed_at: i64,
    /// The next request on this connection authenticates first, when its pool has SASL credentials
    /// (spec §7.5): set for every new connection, and by addServer() with credentials.
    pub(super) auth_due: bool,
}

impl Link {
    pub(super) fn new(state: ServerState, retry_interval: i64) -> Link {
        Link { conn: None, state, last_failure: None, retry_interval, failed_at: 0, auth_due: false }
    }
}

pub struct Server {
    pub spec: ServerSpec,
    /// Set when the server was added under the binary protocol with credentials on the object.
    pub credentials: Option<Credentials>,
    /// The UDP side (spec §7.6), opened on first use; after a failure the server is asked over TCP.
    pub(super) udp: Option<crate::net::udp::UdpLink>,
    pub(super) udp_failed: bool,
    address: Address,
    link: Arc<Mutex<Link>>,
}

impl Server {
    pub fn new(spec: ServerSpec) -> Server {
        let address = Address::for_server(&spec.host, spec.tcp_port, &spec.tls);
        let link = if spec.persistent {
            persistent::link(&spec)
        } else {
            let state = if spec.status { ServerState::Disconnected } else { ServerState::Failed { since: 0 } };
            Arc::new(Mutex::new(Link::new(state, spec.retry_interval)))
        };
        Server { spec, credentials: None, udp: None, udp_failed: false, address, link }
    }

    /// The link, locked. Never held across a call back into PHP.
    pub(super) fn link(&self) -> MutexGuard<'_, Link> {
        match self.link.lock() {
            Ok(g) => g,
            // A panic while the lock was held left the link in an unknown state: start it over.
            Err(poisoned) => {
                let mut g = poisoned.into_inner();
                g.conn = None;
                g.state = ServerState::Disconnected;
                g
            }
        }
    }

    pub fn state(&self) -> ServerState {
        self.link().state
    }

    pub fn timeout(&self) -> Duration {
        timeout_from_secs(self.spec.timeout)
    }

    /// Usable unless failed and still within its retry interval (§6.1).
    pub fn is_usable(&self, now: i64) -> bool {
        let l = self.link();
        match l.state {
            ServerState::Failed { since } => l.retry_interval >= 0 && now >= since.saturating_add(l.retry_interval),
            _ => true,
        }
    }

    /// Changes the retry interval (setServerParams), for every pool sharing the server.
    pub fn set_retry_interval(&mut self, secs: i64) {
        self.spec.retry_interval = secs;
        self.link().retry_interval = secs;
    }

    /// Turns a failed server back into a disconnected, usable one.
    pub fn revive(&mut self) {
        let mut l = self.link();
        if matches!(l.state, ServerState::Failed { .. }) {
            l.state = ServerState::Disconnected;
        }
    }

    /// Sets the server's state to failed now, closing its connection.
    pub fn mark_failed(&mut self, now: i64) {
        let mut l = self.link();
        l.conn = None;
        l.failed_at = now;
        l.state = ServerState::Failed { since: now };
    }

    /// setServerParams(…, false): failed since its last real failure (QUIRK, spec §4.2: a server that
    /// never failed has failure time 0, so it stays in rotation unless retry_interval is -1).
    pub fn set_status_failed(&mut self) {
        let mut l = self.link();
        l.conn = None;
        l.state = ServerState::Failed { since: l.failed_at };
    }

    /// Opens the connection unless one is open. Returns true if a new one was opened.
    pub fn open(&mut self) -> Result<bool, NetError> {
        let mut l = self.link();
        if let Some(c) = &l.conn {
            if !c.is_inherited() {
                return Ok(false);
            }
            // A connection opened before fork() is shared with the parent: only close our copy of the
            // fd (dropping does exactly that; no shutdown, no `quit`) and open our own.
            l.conn = None;
        }
        let c = Connection::connect(&self.address, self.timeout())?;
        l.conn = Some(c);
        l.state = ServerState::Connected;
        l.auth_due = true;
        Ok(true)
    }

    /// Drops the connection (a broken stream, or one to be reopened); the server stays usable.
    pub fn reset_connection(&mut self) {
        let mut l = self.link();
        l.conn = None;
        if !matches!(l.state, ServerState::Failed { .. }) {
            l.state = ServerState::Disconnected;
        }
    }

    pub fn last_failure(&self) -> Option<(String, i64)> {
        self.link().last_failure.clone()
    }

    pub fn failure(&mut self, error: String, errnum: i64) -> Failure {
        self.link().last_failure = Some((error.clone(), errnum));
        Failure {
            host: self.spec.host.clone(),
            tcp_port: self.spec.tcp_port,
            udp_port: self.spec.udp_port,
            error,
            errnum,
        }
    }
}
