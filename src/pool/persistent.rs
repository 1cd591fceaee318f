//! The process-wide registry of persistent servers (spec §6.3), keyed
//! `memcache:server:<host>:<tcp_port>:<udp_port>`. An entry outlives the pools and requests that use
//! it: its connection is reused, and so is its failure state.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use once_cell::sync::Lazy;

use super::server::{Link, ServerSpec, ServerState};

static REGISTRY: Lazy<Mutex<HashMap<String, Arc<Mutex<Link>>>>> = Lazy::new(|| Mutex::new(HashMap::new()));

pub fn key(spec: &ServerSpec) -> String {
    format!("memcache:server:{}:{}:{}", spec.host, spec.tcp_port, spec.udp_port)
}

/// The shared link for a persistent server: a reused one keeps its failure state but takes the new
/// retry interval, and a connected one becomes "unknown" so that a socket that died in the meantime
/// gets one silent reconnect.
pub fn link(spec: &ServerSpec) -> Arc<Mutex<Link>> {
    let mut reg = match REGISTRY.lock() {
        Ok(g) => g,
        Err(p) => p.into_inner(),
    };
    let link = reg
        .entry(key(spec))
        .or_insert_with(|| Arc::new(Mutex::new(Link::new(ServerState::Disconnected, spec.retry_interval))))
        .clone();
    if let Ok(mut l) = link.lock() {
        l.retry_interval = spec.retry_interval;
        if l.state == ServerState::Connected {
            l.state = ServerState::Unknown;
        }
    }
    link
}

/// Forgets every persistent server (module shutdown).
pub fn clear() {
    if let Ok(mut reg) = REGISTRY.lock() {
        reg.clear();
    }
}
