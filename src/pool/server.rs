//! One server of a pool: its settings, its connection and its state (spec §6.1).

use std::time::Duration;

use super::Failure;
use crate::net::{timeout_from_secs, Address, Connection, NetError};

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
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ServerState {
    Disconnected,
    Connected,
    Failed { since: i64 },
}

pub struct Server {
    pub spec: ServerSpec,
    address: Address,
    conn: Option<Connection>,
    state: ServerState,
    /// The error text and number of the last failure, for connect()'s `Can't connect` warning.
    last_failure: Option<(String, i64)>,
}

impl Server {
    pub fn new(spec: ServerSpec) -> Server {
        let address = Address::parse(&spec.host, spec.tcp_port);
        let state = if spec.status { ServerState::Disconnected } else { ServerState::Failed { since: 0 } };
        Server { spec, address, conn: None, state, last_failure: None }
    }

    pub fn state(&self) -> ServerState {
        self.state
    }

    pub fn timeout(&self) -> Duration {
        timeout_from_secs(self.spec.timeout)
    }

    /// Usable unless failed and still within its retry interval (§6.1).
    pub fn is_usable(&self, now: i64) -> bool {
        match self.state {
            ServerState::Failed { since } => {
                self.spec.retry_interval >= 0 && now >= since.saturating_add(self.spec.retry_interval)
            }
            _ => true,
        }
    }

    /// Turns a failed server back into a disconnected, usable one.
    pub fn revive(&mut self) {
        if matches!(self.state, ServerState::Failed { .. }) {
            self.state = ServerState::Disconnected;
        }
    }

    /// Sets the server's state to failed now (setServerParams(..., status=false)).
    pub fn mark_failed(&mut self, now: i64) {
        self.conn = None;
        self.state = ServerState::Failed { since: now };
    }

    /// Opens the connection unless one is open.
    pub fn open(&mut self) -> Result<(), NetError> {
        if let Some(c) = &self.conn {
            if !c.is_inherited() {
                return Ok(());
            }
            // A connection opened before fork() is shared with the parent: only close our copy of the fd
            // (dropping does exactly that; no shutdown, no `quit`) and open our own.
            self.conn = None;
        }
        let c = Connection::connect(&self.address, self.timeout())?;
        self.conn = Some(c);
        self.state = ServerState::Connected;
        Ok(())
    }

    pub fn conn(&mut self) -> Option<&mut Connection> {
        self.conn.as_mut()
    }

    /// Drops the connection after a request error that left the stream out of step (§4.7).
    pub fn reset_connection(&mut self) {
        self.conn = None;
        if self.state == ServerState::Connected {
            self.state = ServerState::Disconnected;
        }
    }

    pub fn last_failure(&self) -> Option<(String, i64)> {
        self.last_failure.clone()
    }

    pub fn failure(&mut self, error: String, errnum: i64) -> Failure {
        self.last_failure = Some((error.clone(), errnum));
        Failure {
            host: self.spec.host.clone(),
            tcp_port: self.spec.tcp_port,
            udp_port: self.spec.udp_port,
            error,
            errnum,
        }
    }
}
