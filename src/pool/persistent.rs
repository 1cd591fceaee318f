//! The process-wide registry of persistent servers (spec §6.3), keyed
//! `memcache:server:<host>:<tcp_port>:<udp_port>`. An entry outlives the pools and requests that use
//! it: its connection is reused, and so is its failure state.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use once_cell::sync::Lazy;

use super::server::{Link, ServerSpec, ServerState};

static REGISTRY: Lazy<Mutex<HashMap<String, Arc<Mutex<Link>>>>> = Lazy::new(|| Mutex::new(HashMap::new()));

pub fn key(spec: &ServerSpec) -> String {
    if crate::net::is_tls(&spec.host) {
        // A TLS server added with other TLS settings (another client certificate, CA or name) must
        // not reuse a connection authenticated with these.
        let t = &spec.tls;
        return format!(
            "memcache:server:{}:{}:{}:{}|{}|{}|{}|{}",
            spec.host, spec.tcp_port, spec.udp_port, t.ca_file, t.cert_file, t.key_file, t.verify_peer as u8, t.server_name
        );
    }
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
