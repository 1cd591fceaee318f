//! TLS to memcached (`tls://` servers) with rustls: client configurations, the handshake, and the
//! record layer under [`super::Connection`].
//!
//! No TLS code of our own: rustls (ring provider) does the protocol, webpki the chain and name
//! checks, rustls-native-certs finds the system trust store. What lives here is the glue: one
//! process-wide `ClientConfig` per distinct set of settings (so that its session cache resumes TLS
//! sessions across reconnects and persistent connections), a handshake bounded by the connect
//! timeout on the blocking socket, and error texts a human can act on.

use std::collections::HashMap;
use std::io;
use std::os::fd::RawFd;
use std::sync::{Arc, Mutex};
use std::time::{Instant, SystemTime};

use once_cell::sync::Lazy;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::{CertificateError, ClientConfig, ClientConnection, DigitallySignedStruct, SignatureScheme};

use super::{Address, NetError};

/// The prefix of a TLS server's host: the one place where `tls://` is recognised.
pub const TLS_PREFIX: &str = "tls://";

/// True when `host` names a TLS server (`tls://HOST`).
pub fn is_tls(host: &str) -> bool {
    host.starts_with(TLS_PREFIX)
}

impl Address {
    /// The address of a server as added: `tls://HOST` is TLS over the TCP address that
    /// [`Address::parse`] makes of `HOST` (so the port, brackets and `HOST:PORT` forms are read as for
    /// TCP), with the server's TLS settings; any other host is [`Address::parse`]d. A `tls://` host
    /// that is not a TCP address (`tls://unix:///…`) stays TLS and fails on its name at connect time:
    /// never a plaintext connection.
    pub fn for_server(host: &str, port: u16, tls: &TlsSettings) -> Address {
        let Some(rest) = host.strip_prefix(TLS_PREFIX) else { return Address::parse(host, port) };
        match Address::parse(rest, port) {
            Address::Tcp { host, port } => Address::Tls { host, port, settings: Box::new(tls.clone()) },
            Address::Unix { .. } => Address::Tls { host: rest.to_string(), port, settings: Box::new(tls.clone()) },
            other => other,
        }
    }
}

/// The `memcache.tls_*` settings a server was added with.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TlsSettings {
    pub ca_file: String,
    pub cert_file: String,
    pub key_file: String,
    pub verify_peer: bool,
    pub server_name: String,
}

impl Default for TlsSettings {
    fn default() -> Self {
        TlsSettings { ca_file: String::new(), cert_file: String::new(), key_file: String::new(), verify_peer: true, server_name: String::new() }
    }
}

/// A file's identity for the config cache: a rotated certificate (new mtime or size) gets a new
/// config instead of the one built from the old file.
type FileStamp = Option<(SystemTime, u64)>;

#[derive(Clone, PartialEq, Eq, Hash)]
struct ConfigKey {
    settings: TlsSettings,
    stamps: [FileStamp; 3],
}

fn stamp(path: &str) -> FileStamp {
    if path.is_empty() {
        return None;
    }
    let m = std::fs::metadata(path).ok()?;
    Some((m.modified().ok()?, m.len()))
}

/// A settings set's two configs: `resume` offers the TLS sessions its cache holds; `fresh` never
/// does (for servers that fail a resumption, see [`connect`]).
#[derive(Clone)]
pub struct Configs {
    pub resume: Arc<ClientConfig>,
    pub fresh: Arc<ClientConfig>,
}

static CONFIGS: Lazy<Mutex<HashMap<ConfigKey, Configs>>> = Lazy::new(|| Mutex::new(HashMap::new()));

/// Servers (host, port, settings) that failed a resumed handshake: they get full handshakes only.
static NO_RESUME: Lazy<Mutex<std::collections::HashSet<(String, u16, TlsSettings)>>> = Lazy::new(|| Mutex::new(std::collections::HashSet::new()));

/// The system trust store, loaded once per process (rustls-native-certs: `SSL_CERT_FILE` /
/// `SSL_CERT_DIR` if set, else the distribution's bundle, /etc/ssl/certs/ca-certificates.crt on Debian).
static SYSTEM_ROOTS: Lazy<Result<Arc<rustls::RootCertStore>, String>> = Lazy::new(|| {
    let found = rustls_native_certs::load_native_certs();
    let mut roots = rustls::RootCertStore::empty();
    let (added, _) = roots.add_parsable_certificates(found.certs);
    if added == 0 {
        let why = found.errors.first().map(|e| format!(": {e}")).unwrap_or_default();
        return Err(format!("no CA certificates in the system trust store{why}; set memcache.tls_ca_file"));
    }
    Ok(Arc::new(roots))
});

fn provider() -> Arc<rustls::crypto::CryptoProvider> {
    // ring rather than aws-lc-rs: no cmake or C toolchain step at build time. It is "deprecated" only in
    // that it lacks the post-quantum key exchange, which memcached (OpenSSL 3.0) does not offer either.
    #[allow(deprecated)]
    static PROVIDER: Lazy<Arc<rustls::crypto::CryptoProvider>> = Lazy::new(|| {
        let mut p = rustls::crypto::ring::default_provider();
        // X25519 first: this rustls offers secp384r1 first by default, and memcached's OpenSSL takes the
        // client's first key share, so every handshake paid P-384 on both sides (measured here: a
        // connect + get + close of ~2.8 ms against ~1.2 ms). P-256 and P-384 stay offered after it.
        use rustls::crypto::ring::kx_group;
        p.kx_groups = vec![kx_group::X25519, kx_group::SECP256R1, kx_group::SECP384R1];
        Arc::new(p)
    });
    PROVIDER.clone()
}

/// The client config for `settings`, built on first use and then shared by every connection of the
/// process with the same settings (and so the same session cache). A bad setting is an error that
/// names the setting and the file; it is not cached, so a fixed file is picked up on the next try.
pub fn client_config(settings: &TlsSettings) -> Result<Configs, NetError> {
    let key = ConfigKey { settings: settings.clone(), stamps: [stamp(&settings.ca_file), stamp(&settings.cert_file), stamp(&settings.key_file)] };
    let mut cache = CONFIGS.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(c) = cache.get(&key) {
        return Ok(c.clone());
    }
    let mut config = build_config(settings).map_err(NetError::TlsConfig)?;
    let mut fresh = config.clone();
    fresh.resumption = rustls::client::Resumption::disabled();
    config.resumption = rustls::client::Resumption::store(Arc::new(Sessions(rustls::client::ClientSessionMemoryCache::new(256))));
    let configs = Configs { resume: Arc::new(config), fresh: Arc::new(fresh) };
    // Settings files that change again and again must not grow the cache without bound.
    if cache.len() >= 64 {
        cache.clear();
    }
    cache.insert(key, configs.clone());
    Ok(configs)
}

/// Forgets every client config and so every stored TLS session: the next connections make full
/// handshakes (and read their settings' files again). For benchmarks and tests.
pub fn forget_sessions() {
    CONFIGS.lock().unwrap_or_else(|p| p.into_inner()).clear();
}

fn read_err(setting: &str, path: &str, e: &rustls::pki_types::pem::Error) -> String {
    match e {
        rustls::pki_types::pem::Error::Io(io) => {
            let text = io.to_string();
            let text = text.split(" (os error").next().unwrap_or(&text).to_string();
            format!("{setting}: cannot read '{path}': {text}")
        }
        rustls::pki_types::pem::Error::NoItemsFound => format!("{setting}: no PEM item of the right kind in '{path}'"),
        other => format!("{setting}: '{path}' is not valid PEM: {other:?}"),
    }
}

fn build_config(s: &TlsSettings) -> Result<ClientConfig, String> {
    let builder = ClientConfig::builder_with_provider(provider())
        .with_protocol_versions(&[&rustls::version::TLS13, &rustls::version::TLS12])
        .map_err(|e| format!("TLS setup failed: {e}"))?;
    let builder = if !s.verify_peer {
        builder.dangerous().with_custom_certificate_verifier(Arc::new(NoVerify(provider())))
    } else if s.ca_file.is_empty() {
        let roots = SYSTEM_ROOTS.as_ref().map_err(Clone::clone)?;
        builder.with_root_certificates(roots.clone())
    } else {
        let mut roots = rustls::RootCertStore::empty();
        let certs = CertificateDer::pem_file_iter(&s.ca_file)
            .map_err(|e| read_err("memcache.tls_ca_file", &s.ca_file, &e))?
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| read_err("memcache.tls_ca_file", &s.ca_file, &e))?;
        let (added, _) = roots.add_parsable_certificates(certs);
        if added == 0 {
            return Err(format!("memcache.tls_ca_file: no usable PEM certificate in '{}'", s.ca_file));
        }
        builder.with_root_certificates(roots)
    };
    let key = match (s.cert_file.is_empty(), s.key_file.is_empty()) {
        (true, true) => None,
        (false, true) => return Err(format!("memcache.tls_cert_file is '{}' but memcache.tls_key_file is empty", s.cert_file)),
        (true, false) => return Err(format!("memcache.tls_key_file is '{}' but memcache.tls_cert_file is empty", s.key_file)),
        (false, false) => {
            let chain = CertificateDer::pem_file_iter(&s.cert_file)
                .map_err(|e| read_err("memcache.tls_cert_file", &s.cert_file, &e))?
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| read_err("memcache.tls_cert_file", &s.cert_file, &e))?;
            if chain.is_empty() {
                return Err(format!("memcache.tls_cert_file: no PEM certificate in '{}'", s.cert_file));
            }
            let key = PrivateKeyDer::from_pem_file(&s.key_file).map_err(|e| read_err("memcache.tls_key_file", &s.key_file, &e))?;
            let certified = rustls::sign::CertifiedKey::from_der(chain, key, &provider()).map_err(|e| match e {
                rustls::Error::InconsistentKeys(_) => {
                    format!("memcache.tls_key_file: '{}' is not the key of memcache.tls_cert_file '{}'", s.key_file, s.cert_file)
                }
                other => format!("memcache.tls_key_file: cannot use '{}': {other}", s.key_file),
            })?;
            Some(Arc::new(certified))
        }
    };
    let mut config = builder.with_client_cert_resolver(Arc::new(ClientCert(key)));
    config.enable_sni = true;
    Ok(config)
}

thread_local! {
    /// Set when the server asked for a client certificate during the handshake running on this thread.
    static CERT_REQUESTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Set when the handshake running on this thread offered a stored TLS session.
    static OFFERED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// rustls' in-memory session cache, noting when a handshake offers one of its sessions.
#[derive(Debug)]
struct Sessions(rustls::client::ClientSessionMemoryCache);

impl rustls::client::ClientSessionStore for Sessions {
    fn set_kx_hint(&self, name: ServerName<'static>, group: rustls::NamedGroup) {
        self.0.set_kx_hint(name, group)
    }
    fn kx_hint(&self, name: &ServerName<'_>) -> Option<rustls::NamedGroup> {
        self.0.kx_hint(name)
    }
    fn set_tls12_session(&self, name: ServerName<'static>, value: rustls::client::Tls12ClientSessionValue) {
        self.0.set_tls12_session(name, value)
    }
    fn tls12_session(&self, name: &ServerName<'_>) -> Option<rustls::client::Tls12ClientSessionValue> {
        let s = self.0.tls12_session(name);
        if s.is_some() {
            OFFERED.with(|o| o.set(true));
        }
        s
    }
    fn remove_tls12_session(&self, name: &ServerName<'static>) {
        self.0.remove_tls12_session(name)
    }
    fn insert_tls13_ticket(&self, name: ServerName<'static>, value: rustls::client::Tls13ClientSessionValue) {
        self.0.insert_tls13_ticket(name, value)
    }
    fn take_tls13_ticket(&self, name: &ServerName<'static>) -> Option<rustls::client::Tls13ClientSessionValue> {
        let t = self.0.take_tls13_ticket(name);
        if t.is_some() {
            OFFERED.with(|o| o.set(true));
        }
        t
    }
}

/// Opens a TLS connection to `host`:`port`: `tcp` opens the TCP stream, the handshake follows, all
/// within `deadline`. A server that fails the handshake in which we offered a stored session (an
/// alert: memcached with mutual TLS and no `ssl_session_cache` cannot resume, it answers
/// "internal error") is tried once more with a full handshake, and gets only full handshakes from
/// then on.
pub(super) fn connect(
    host: &str,
    port: u16,
    settings: &TlsSettings,
    deadline: Instant,
    tcp: &dyn Fn() -> Result<std::net::TcpStream, NetError>,
) -> Result<(std::net::TcpStream, ClientConnection), NetError> {
    use std::os::fd::AsRawFd;
    // Settings first: a bad one never opens a socket, so nothing goes out in plaintext.
    let configs = client_config(settings)?;
    let name = server_name(settings, host)?;
    let id = (host.to_string(), port, settings.clone());
    let refused = NO_RESUME.lock().map(|s| s.contains(&id)).unwrap_or(false);
    let sock = tcp()?;
    let config = if refused { configs.fresh.clone() } else { configs.resume };
    OFFERED.with(|o| o.set(false));
    match handshake(sock.as_raw_fd(), config, name.clone(), deadline) {
        Ok(conn) => Ok((sock, conn)),
        Err(Failed { alert: true, .. }) if OFFERED.with(|o| o.get()) && Instant::now() < deadline => {
            drop(sock);
            if let Ok(mut s) = NO_RESUME.lock() {
                if s.len() >= 1024 {
                    s.clear();
                }
                s.insert(id);
            }
            let sock = tcp()?;
            let conn = handshake(sock.as_raw_fd(), configs.fresh, name, deadline).map_err(|f| f.error)?;
            Ok((sock, conn))
        }
        Err(f) => Err(f.error),
    }
}

/// A failed handshake; `alert` when the server answered with an alert.
pub(super) struct Failed {
    error: NetError,
    alert: bool,
}

impl From<NetError> for Failed {
    fn from(error: NetError) -> Self {
        Failed { error, alert: false }
    }
}

/// The client certificate, if any (memcache.tls_cert_file/tls_key_file); notes that the server asked.
#[derive(Debug)]
struct ClientCert(Option<Arc<rustls::sign::CertifiedKey>>);

impl rustls::client::ResolvesClientCert for ClientCert {
    fn resolve(&self, _hints: &[&[u8]], _schemes: &[SignatureScheme]) -> Option<Arc<rustls::sign::CertifiedKey>> {
        CERT_REQUESTED.with(|c| c.set(true));
        self.0.clone()
    }

    fn has_certs(&self) -> bool {
        self.0.is_some()
    }
}

/// `memcache.tls_verify_peer=0`: encryption without authentication. The handshake signatures are
/// still checked (they prove the peer holds the certificate's key); chain and name are not.
#[derive(Debug)]
struct NoVerify(Arc<rustls::crypto::CryptoProvider>);

impl ServerCertVerifier for NoVerify {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(&self, message: &[u8], cert: &CertificateDer<'_>, dss: &DigitallySignedStruct) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn verify_tls13_signature(&self, message: &[u8], cert: &CertificateDer<'_>, dss: &DigitallySignedStruct) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

/// The name to verify and send as SNI: `memcache.tls_server_name`, else the host (an IP address is
/// checked against the certificate's IP SANs and sent without SNI).
pub fn server_name(settings: &TlsSettings, host: &str) -> Result<ServerName<'static>, NetError> {
    let name = if settings.server_name.is_empty() { host } else { settings.server_name.as_str() };
    ServerName::try_from(name.to_string()).map_err(|_| {
        let setting = if settings.server_name.is_empty() { "the host" } else { "memcache.tls_server_name" };
        NetError::TlsConfig(format!("{setting}: '{name}' is not a valid DNS name or IP address for TLS"))
    })
}

/// Non-blocking send/recv on a socket that itself stays blocking.
pub(super) struct FdIo {
    pub fd: RawFd,
    pub recv_flags: libc::c_int,
}

impl io::Read for FdIo {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        // SAFETY: recv writes at most buf.len() bytes into buf.
        let r = unsafe { libc::recv(self.fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len(), self.recv_flags) };
        if r < 0 {
            Err(io::Error::last_os_error())
        } else {
            Ok(r as usize)
        }
    }
}

impl io::Write for FdIo {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        // SAFETY: send reads at most buf.len() bytes of buf; MSG_NOSIGNAL: EPIPE instead of SIGPIPE.
        let r = unsafe { libc::send(self.fd, buf.as_ptr() as *const libc::c_void, buf.len(), libc::MSG_DONTWAIT | libc::MSG_NOSIGNAL) };
        if r < 0 {
            Err(io::Error::last_os_error())
        } else {
            Ok(r as usize)
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Runs the handshake on a connected socket, never past `deadline`.
fn handshake(fd: RawFd, config: Arc<ClientConfig>, name: ServerName<'static>, deadline: Instant) -> Result<ClientConnection, Failed> {
    let shown = name.to_str().into_owned();
    let mut conn = ClientConnection::new(config, name).map_err(|e| Failed::from(NetError::Tls(format!("TLS setup failed: {e}"))))?;
    let mut io = FdIo { fd, recv_flags: libc::MSG_DONTWAIT };
    CERT_REQUESTED.with(|c| c.set(false));
    loop {
        while conn.wants_write() {
            match conn.write_tls(&mut io) {
                Ok(_) => {}
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => wait(fd, libc::POLLOUT, deadline)?,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(NetError::from_io(&e, |m, errno| NetError::Connect { message: format!("TLS handshake: {m}"), errno }).into()),
            }
        }
        if !conn.is_handshaking() {
            if conn.protocol_version() == Some(rustls::ProtocolVersion::TLSv1_3) && CERT_REQUESTED.with(|c| c.get()) {
                client_cert_verdict(&mut conn, &mut io, fd, deadline)?;
            }
            return Ok(conn);
        }
        match conn.read_tls(&mut io) {
            Ok(0) => return Err(NetError::Tls("TLS handshake failed: the server closed the connection (does this port speak TLS?)".into()).into()),
            Ok(_) => {
                if let Err(e) = conn.process_new_packets() {
                    // Tell the server why (an alert), best effort, then report.
                    let _ = conn.write_tls(&mut io);
                    let alert = matches!(e, rustls::Error::AlertReceived(_));
                    return Err(Failed { error: NetError::Tls(format!("TLS handshake failed: {}", describe(&e, &shown))), alert });
                }
            }
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => wait(fd, libc::POLLIN, deadline)?,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) if e.kind() == io::ErrorKind::ConnectionReset => {
                return Err(NetError::Tls("TLS handshake failed: the server reset the connection (does this port speak TLS?)".into()).into())
            }
            Err(e) => return Err(NetError::from_io(&e, |m, errno| NetError::Connect { message: format!("TLS handshake: {m}"), errno }).into()),
        }
    }
}

/// In TLS 1.3 the server checks the client certificate after the client considers the handshake
/// done, and answers with its session tickets or with an alert. When it asked for a certificate,
/// wait for that first record (one round trip; at most `VERDICT_WAIT`, and never past the connect
/// deadline), so that a refused certificate fails the connect rather than the first request. No
/// record by then is not an error: a server may send no tickets, and a refusal then shows on the
/// first request, with the same reason.
const VERDICT_WAIT: std::time::Duration = std::time::Duration::from_millis(200);

fn client_cert_verdict(conn: &mut ClientConnection, io: &mut FdIo, fd: RawFd, deadline: Instant) -> Result<(), NetError> {
    let deadline = deadline.min(Instant::now() + VERDICT_WAIT);
    loop {
        match conn.read_tls(io) {
            Ok(0) => return Err(NetError::Tls("TLS handshake failed: the server closed the connection after the handshake (was the client certificate refused?)".into())),
            Ok(_) => {
                return match conn.process_new_packets() {
                    Ok(_) => Ok(()),
                    Err(e) => Err(NetError::Tls(format!("TLS handshake failed: {}", describe(&e, "")))),
                }
            }
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                let left = deadline.saturating_duration_since(Instant::now());
                if left.is_zero() || !super::connection::wait_fd(fd, libc::POLLIN, left)? {
                    return Ok(());
                }
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(_) => return Err(NetError::Tls("TLS handshake failed: the server reset the connection after the handshake (was the client certificate refused?)".into())),
        }
    }
}

fn wait(fd: RawFd, events: libc::c_short, deadline: Instant) -> Result<(), NetError> {
    let left = deadline.saturating_duration_since(Instant::now());
    if left.is_zero() || !super::connection::wait_fd(fd, events, left)? {
        return Err(NetError::Tls("TLS handshake timed out".into()));
    }
    Ok(())
}

/// A rustls error after the handshake, in words a human can act on.
pub(super) fn describe_stream(e: &rustls::Error) -> String {
    match e {
        rustls::Error::InvalidMessage(_) | rustls::Error::InappropriateMessage { .. } => {
            format!("the server sent bytes that are not a valid TLS record ({e})")
        }
        rustls::Error::DecryptError => "a TLS record from the server failed to decrypt (corrupted or forged)".into(),
        other => describe(other, ""),
    }
}

/// A rustls error in words a human can act on.
pub(super) fn describe(e: &rustls::Error, name: &str) -> String {
    use rustls::AlertDescription as A;
    match e {
        rustls::Error::InvalidCertificate(c) => match c {
            CertificateError::UnknownIssuer => {
                "the server's certificate is not signed by a trusted CA (set memcache.tls_ca_file to its CA)".into()
            }
            CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. } => {
                format!("the server's certificate is not valid for '{name}' (check the host or memcache.tls_server_name): {c}")
            }
            CertificateError::Expired | CertificateError::ExpiredContext { .. } => "the server's certificate has expired".into(),
            CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => "the server's certificate is not valid yet".into(),
            CertificateError::Revoked => "the server's certificate is revoked".into(),
            other => format!("the server's certificate was rejected: {other:?}"),
        },
        rustls::Error::AlertReceived(a @ (A::CertificateRequired | A::BadCertificate | A::UnknownCA | A::HandshakeFailure | A::AccessDenied | A::CertificateUnknown)) => {
            format!("the server refused the handshake ({a:?}): does it require a client certificate it trusts (memcache.tls_cert_file, memcache.tls_key_file)?")
        }
        rustls::Error::AlertReceived(A::ProtocolVersion) => {
            "the server refused the TLS version (ProtocolVersion): it speaks neither TLS 1.2 nor TLS 1.3".into()
        }
        rustls::Error::AlertReceived(a) => format!("the server sent the alert {a:?}"),
        rustls::Error::InvalidMessage(_) | rustls::Error::InappropriateMessage { .. } | rustls::Error::InappropriateHandshakeMessage { .. } => {
            format!("the server does not speak TLS on this port ({e})")
        }
        rustls::Error::PeerIncompatible(p) => format!("no TLS version or cipher in common with the server ({p:?})"),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tls_hosts() {
        let s = TlsSettings { ca_file: "/ca.pem".into(), ..TlsSettings::default() };
        let tls = |host: &str, port| Address::Tls { host: host.into(), port, settings: Box::new(s.clone()) };
        assert_eq!(Address::for_server("tls://localhost", 7, &s), tls("localhost", 7));
        assert_eq!(Address::for_server("tls://[::1]", 7, &s), tls("::1", 7));
        assert_eq!(Address::for_server("tls://unix:///run/m.sock", 0, &s), tls("unix:///run/m.sock", 0));
        assert_eq!(Address::for_server("localhost", 7, &s), Address::parse("localhost", 7));
        assert_eq!(Address::for_server("unix:///run/m.sock", 0, &s), Address::parse("unix:///run/m.sock", 0));
        assert!(is_tls("tls://h") && !is_tls("tcp://h") && !is_tls("h"));
    }

    #[test]
    fn bad_files_name_the_setting_and_the_file() {
        let s = TlsSettings { ca_file: "/nonexistent/ca.pem".into(), ..TlsSettings::default() };
        let Err(NetError::TlsConfig(m)) = client_config(&s).map(|_| ()) else { panic!("expected a config error") };
        assert_eq!(m, "memcache.tls_ca_file: cannot read '/nonexistent/ca.pem': No such file or directory");

        let s = TlsSettings { cert_file: "/x/cert.pem".into(), verify_peer: false, ..TlsSettings::default() };
        let Err(NetError::TlsConfig(m)) = client_config(&s).map(|_| ()) else { panic!("expected a config error") };
        assert_eq!(m, "memcache.tls_cert_file is '/x/cert.pem' but memcache.tls_key_file is empty");
    }

    #[test]
    fn the_same_settings_share_one_config() {
        let s = TlsSettings { verify_peer: false, ..TlsSettings::default() };
        let a = client_config(&s).map(|c| c.resume).map_err(|e| e.to_string());
        let b = client_config(&s).map(|c| c.resume).map_err(|e| e.to_string());
        assert!(Arc::ptr_eq(&a.unwrap(), &b.unwrap()));
    }

    #[test]
    fn the_system_trust_store_is_found() {
        // Debian's bundle (package ca-certificates), which rustls-native-certs finds through openssl-probe.
        if std::path::Path::new("/etc/ssl/certs/ca-certificates.crt").exists() {
            let roots = SYSTEM_ROOTS.as_ref().map(|r| r.len()).map_err(Clone::clone);
            assert!(roots.as_ref().is_ok_and(|n| *n > 50), "{roots:?}");
        }
    }

    #[test]
    fn ip_hosts_are_ip_server_names() {
        let s = TlsSettings::default();
        assert!(matches!(server_name(&s, "127.0.0.1"), Ok(ServerName::IpAddress(_))));
        assert!(matches!(server_name(&s, "localhost"), Ok(ServerName::DnsName(_))));
        let o = TlsSettings { server_name: "memcached.internal".into(), ..TlsSettings::default() };
        assert!(matches!(server_name(&o, "127.0.0.1"), Ok(ServerName::DnsName(_))));
    }
}
