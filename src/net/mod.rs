//! Sockets: the only module that does network I/O.
//!
//! A [`Connection`] is a TCP or unix-domain stream with a read buffer. A wait on one server blocks in
//! `recv` with the socket's receive timeout; a wait on several goes through `poll(2)`. Either way no call
//! can block past the server's timeout (spec §6.2). Errors carry the text and errno that the reference
//! prints in its `Server … failed with: <text> (<errno>)` notices.

mod address;
mod connection;
mod tls;
pub mod udp;

pub use address::Address;
pub use tls::{forget_sessions as forget_tls_sessions, is_tls, TlsSettings, TLS_PREFIX};
pub use connection::{poll_entry, wait_any, Connection, PollFd};

use std::time::Duration;

/// Why a socket operation failed. `Display` gives the reference's wording.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NetError {
    /// Connecting failed; the text is the system's (`Connection refused`) or the resolver's message.
    #[error("Connection failed: {message}")]
    Connect { message: String, errno: i32 },
    /// Name resolution failed; the reference also prints this text as a separate warning.
    #[error("Connection failed: {0}")]
    Resolve(String),
    /// No progress within the timeout.
    #[error("Network timeout")]
    Timeout,
    /// The peer closed the connection while a reply was expected.
    #[error("Read failed (socket was unexpectedly closed)")]
    Closed,
    #[error("Read failed: {message}")]
    Read { message: String, errno: i32 },
    #[error("Write failed: {message}")]
    Write { message: String, errno: i32 },
    /// A TLS handshake or record failure, in words a human can act on (`TLS handshake failed: …`).
    #[error("{0}")]
    Tls(String),
    /// A `memcache.tls_*` setting that cannot be used (names the setting and the file); the PHP
    /// layer also prints it as a warning.
    #[error("TLS configuration error: {0}")]
    TlsConfig(String),
}

impl NetError {
    /// The errno the reference prints after the message (0 where it has none).
    pub fn errno(&self) -> i32 {
        match self {
            NetError::Connect { errno, .. } | NetError::Read { errno, .. } | NetError::Write { errno, .. } => *errno,
            _ => 0,
        }
    }

    pub(crate) fn from_io(e: &std::io::Error, kind: fn(String, i32) -> NetError) -> NetError {
        let errno = e.raw_os_error().unwrap_or(0);
        kind(strerror(errno, e), errno)
    }
}

/// The C library's text for `errno` (`Connection refused`), without Rust's " (os error N)" suffix.
fn strerror(errno: i32, e: &std::io::Error) -> String {
    if errno == 0 {
        return e.to_string();
    }
    let s = std::io::Error::from_raw_os_error(errno).to_string();
    match s.rfind(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// Converts the reference's float-seconds timeout into a Duration (negative or NaN → zero).
pub fn timeout_from_secs(secs: f64) -> Duration {
    if secs.is_finite() && secs > 0.0 {
        Duration::from_secs_f64(secs.min(1.0e9))
    } else {
        Duration::ZERO
    }
}
