//! One open stream to a server, with its read buffer.

use std::io;
use std::net::{TcpStream, ToSocketAddrs};
use std::os::fd::{AsRawFd, RawFd};
use std::os::unix::net::UnixStream;
use std::time::{Duration, Instant};

use super::{tls, Address, NetError};

/// Bytes asked of the kernel per read: large enough that a 1 MB value arrives in few reads.
const READ_CHUNK: usize = 64 * 1024;

enum Stream {
    Tcp(TcpStream),
    Unix(UnixStream),
    Tls(Box<TlsStream>),
}

/// A TCP stream under rustls. Every read decrypts all that arrived and moves the plaintext into
/// the connection's buffer at once, so rustls never holds plaintext that a wait on the socket would
/// miss; ciphertext rustls keeps is an incomplete record, which only more bytes from the socket can
/// finish. Ciphertext not yet written (a full socket buffer) is flushed before every read, and
/// `wants_write` makes the pool wait for writability until it is gone.
struct TlsStream {
    sock: TcpStream,
    conn: rustls::ClientConnection,
    /// Ciphertext as received, before rustls takes it.
    scratch: Vec<u8>,
}

impl TlsStream {
    /// Writes the pending ciphertext that the socket takes now. Ok(true) when none is left.
    fn flush(&mut self) -> Result<bool, NetError> {
        let mut io = tls::FdIo { fd: self.sock.as_raw_fd(), recv_flags: libc::MSG_DONTWAIT };
        while self.conn.wants_write() {
            match self.conn.write_tls(&mut io) {
                Ok(_) => {}
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => return Ok(false),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(NetError::from_io(&e, write_err)),
            }
        }
        Ok(true)
    }

    /// Moves the plaintext rustls holds to `buf`. True when the peer has closed (close_notify).
    fn drain(conn: &mut rustls::ClientConnection, buf: &mut Vec<u8>) -> bool {
        use std::io::BufRead;
        let mut reader = conn.reader();
        loop {
            match reader.fill_buf() {
                Ok([]) => return true,
                Ok(chunk) => {
                    let n = chunk.len();
                    buf.extend_from_slice(chunk);
                    reader.consume(n);
                }
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => return false,
                Err(_) => return true,
            }
        }
    }

    /// Decrypts `got` bytes of `scratch` and appends the plaintext to `buf`.
    fn decrypt_into(&mut self, got: usize, buf: &mut Vec<u8>) -> Result<(), NetError> {
        let mut closed = false;
        let mut rd = &self.scratch[..got];
        while !rd.is_empty() {
            match self.conn.read_tls(&mut rd) {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) => return Err(NetError::Tls(format!("TLS error: {e}"))),
            }
            if let Err(e) = self.conn.process_new_packets() {
                // Send the alert that tells the server why, best effort.
                let _ = self.flush();
                return Err(NetError::Tls(format!("TLS error: {}", tls::describe_stream(&e))));
            }
            closed |= Self::drain(&mut self.conn, buf);
        }
        // A close_notify: the plaintext before it is kept; the caller reports the close after
        // using it, as for a plain stream.
        if closed {
            return Err(NetError::Closed);
        }
        Ok(())
    }
}

/// A connected stream plus the bytes received but not yet consumed.
///
/// The socket itself is blocking, with a receive timeout (SO_RCVTIMEO): a request that waits on one
/// server sends and then blocks in `recv` (`read_wait`), two system calls per round trip instead of
/// send, poll, recv. Every other read and write passes MSG_DONTWAIT, so it never waits.
pub struct Connection {
    stream: Stream,
    /// The SO_RCVTIMEO last set on the socket (None: not set yet, the kernel's "forever").
    recv_timeout: Option<Duration>,
    buf: Vec<u8>,
    /// Start of the unconsumed bytes in `buf`.
    pos: usize,
    /// The fork generation that opened the socket: a forked child must not use its parent's
    /// connections.
    generation: u64,
}

/// Bumped in every child right after fork(), so that `is_inherited` needs no getpid() per request.
static FORK_GENERATION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
static ATFORK: std::sync::Once = std::sync::Once::new();

extern "C" fn after_fork_in_child() {
    FORK_GENERATION.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
}

fn fork_generation() -> u64 {
    ATFORK.call_once(|| {
        // SAFETY: registers a handler that only bumps an atomic.
        unsafe {
            libc::pthread_atfork(None, None, Some(after_fork_in_child));
        }
    });
    FORK_GENERATION.load(std::sync::atomic::Ordering::Relaxed)
}

impl Connection {
    /// Opens a connection within `timeout`.
    pub fn connect(addr: &Address, timeout: Duration) -> Result<Connection, NetError> {
        let timeout = if timeout.is_zero() { Duration::from_millis(1) } else { timeout };
        let stream = match addr {
            Address::Tcp { host, port } => Stream::Tcp(connect_tcp(host, *port, timeout)?),
            Address::Tls { host, port, settings } => {
                // The handshake shares the connect timeout with the TCP connect.
                let deadline = Instant::now() + timeout;
                let tcp = || connect_tcp(host, *port, deadline.saturating_duration_since(Instant::now()).max(Duration::from_millis(1)));
                let (sock, conn) = tls::connect(host, *port, settings, deadline, &tcp)?;
                let mut t = TlsStream { sock, conn, scratch: Vec::new() };
                // Plaintext that came with the last handshake records (none from memcached) must be in
                // the buffer, where the pool looks, not in rustls.
                let mut buf = Vec::with_capacity(READ_CHUNK);
                if TlsStream::drain(&mut t.conn, &mut buf) && buf.is_empty() {
                    return Err(NetError::Tls("TLS handshake failed: the server closed the connection right after the handshake".into()));
                }
                return Ok(Connection { stream: Stream::Tls(Box::new(t)), recv_timeout: None, buf, pos: 0, generation: fork_generation() });
            }
            Address::Unix { path } => {
                Stream::Unix(UnixStream::connect(path).map_err(|e| NetError::from_io(&e, connect_err))?)
            }
            Address::Invalid { message } => return Err(NetError::Connect { message: message.clone(), errno: 0 }),
        };
        Ok(Connection { stream, recv_timeout: None, buf: Vec::with_capacity(READ_CHUNK), pos: 0, generation: fork_generation() })
    }

    /// True when this connection was opened by another process (before a fork).
    pub fn is_inherited(&self) -> bool {
        self.generation != fork_generation()
    }

    pub fn fd(&self) -> RawFd {
        match &self.stream {
            Stream::Tcp(s) => s.as_raw_fd(),
            Stream::Unix(s) => s.as_raw_fd(),
            Stream::Tls(t) => t.sock.as_raw_fd(),
        }
    }

    /// True for a TLS connection.
    pub fn is_tls(&self) -> bool {
        matches!(self.stream, Stream::Tls(_))
    }

    /// True when written bytes still wait in the TLS layer for room in the socket: the caller
    /// must wait for writability (and read, which flushes) before the request is really sent.
    pub fn wants_write(&self) -> bool {
        match &self.stream {
            Stream::Tls(t) => t.conn.wants_write(),
            _ => false,
        }
    }

    /// True for a TLS connection that resumed an earlier TLS session instead of a full handshake.
    pub fn tls_resumed(&self) -> bool {
        match &self.stream {
            Stream::Tls(t) => t.conn.handshake_kind() == Some(rustls::HandshakeKind::Resumed),
            _ => false,
        }
    }

    /// Writes as much of `data` as the socket takes now, without waiting. Returns the bytes written
    /// (0 when the socket buffer is full). Over TLS, the bytes of one call are never in the same TLS
    /// record as those of another.
    pub fn write_some(&mut self, data: &[u8]) -> Result<usize, NetError> {
        if let Stream::Tls(t) = &mut self.stream {
            // At most one buffer of ciphertext pending: the rest of `data` waits for the socket.
            if !t.flush()? || data.is_empty() {
                return Ok(0);
            }
            let n = std::io::Write::write(&mut t.conn.writer(), &data[..data.len().min(READ_CHUNK)]).map_err(|e| NetError::from_io(&e, write_err))?;
            t.flush()?;
            return Ok(n);
        }
        let fd = self.fd();
        loop {
            // SAFETY: send reads at most `data.len()` bytes of a live slice. MSG_NOSIGNAL: a closed
            // peer is an EPIPE error, not a SIGPIPE that would kill the PHP process.
            let r = unsafe { libc::send(fd, data.as_ptr() as *const libc::c_void, data.len(), libc::MSG_DONTWAIT | libc::MSG_NOSIGNAL) };
            if r >= 0 {
                return if r == 0 && !data.is_empty() { Err(NetError::Closed) } else { Ok(r as usize) };
            }
            let e = io::Error::last_os_error();
            return match e.kind() {
                io::ErrorKind::WouldBlock => Ok(0),
                io::ErrorKind::Interrupted => continue,
                _ => Err(NetError::from_io(&e, write_err)),
            };
        }
    }

    /// The bytes received and not yet consumed.
    pub fn buffered(&self) -> &[u8] {
        &self.buf[self.pos..]
    }

    /// Makes room for `total` unconsumed bytes at once (a large value announced by its header), up
    /// to a cap, so that the buffer is not regrown and copied again and again as it arrives.
    pub fn expect_bytes(&mut self, total: usize) {
        const CAP: usize = 16 << 20;
        let want = total.min(CAP);
        let have = self.buf.len() - self.pos;
        if want > have {
            self.buf.reserve(want - have + READ_CHUNK);
        }
    }

    /// Marks `n` buffered bytes as used.
    pub fn consume(&mut self, n: usize) {
        self.pos = (self.pos + n).min(self.buf.len());
        if self.pos == self.buf.len() {
            self.buf.clear();
            self.pos = 0;
        }
    }

    /// Reads whatever is available without waiting. Ok(true) if bytes arrived, Ok(false) if none yet.
    pub fn read_available(&mut self) -> Result<bool, NetError> {
        self.recv_into_buffer(libc::MSG_DONTWAIT).map(|r| r == Received::Bytes)
    }

    /// Waits up to `timeout` (at least 1 ms) for bytes and reads what has arrived. Ok(true) if bytes
    /// arrived; Ok(false) if a signal interrupted the wait (the caller then waits with poll, which
    /// knows the time left); Err(Timeout) when nothing came within the timeout.
    pub fn read_wait(&mut self, timeout: Duration) -> Result<bool, NetError> {
        if self.recv_timeout != Some(timeout) {
            let sock = socket2::SockRef::from(&self.stream);
            sock.set_read_timeout(Some(timeout.max(Duration::from_millis(1)))).map_err(|e| NetError::from_io(&e, read_err))?;
            self.recv_timeout = Some(timeout);
        }
        match self.recv_into_buffer(0)? {
            Received::Bytes => Ok(true),
            Received::Interrupted => Ok(false),
            Received::WouldBlock => Err(NetError::Timeout),
        }
    }

    fn recv_into_buffer(&mut self, flags: libc::c_int) -> Result<Received, NetError> {
        if self.pos > 0 && self.pos * 2 >= self.buf.len() {
            self.buf.drain(..self.pos);
            self.pos = 0;
        }
        // Read straight into the spare capacity: zeroing 64 KiB before every read cost more than the
        // rest of a small get.
        self.buf.reserve(READ_CHUNK);
        if let Stream::Tls(t) = &mut self.stream {
            return recv_tls(t, &mut self.buf, flags);
        }
        let fd = self.fd();
        recv_append(fd, &mut self.buf, flags)
    }

    /// True when the peer has closed the stream or it is in error (checked without blocking).
    pub fn is_dead(&mut self) -> bool {
        if !self.buffered().is_empty() {
            return false;
        }
        match wait_fd(self.fd(), libc::POLLIN, Duration::ZERO) {
            Ok(false) => false,
            Ok(true) => !matches!(self.read_available(), Ok(true)),
            Err(_) => true,
        }
    }
}

/// One recv of ciphertext, decrypted into `buf`.
fn recv_tls(t: &mut TlsStream, buf: &mut Vec<u8>, flags: libc::c_int) -> Result<Received, NetError> {
    t.flush()?;
    t.scratch.clear();
    t.scratch.reserve(READ_CHUNK);
    match recv_append(t.sock.as_raw_fd(), &mut t.scratch, flags)? {
        Received::Bytes => {}
        other => return Ok(other),
    }
    let got = t.scratch.len();
    t.decrypt_into(got, buf)?;
    Ok(Received::Bytes)
}

/// One `recv` appended to `buf`, straight into its spare capacity (which the caller has reserved).
fn recv_append(fd: RawFd, buf: &mut Vec<u8>, flags: libc::c_int) -> Result<Received, NetError> {
    let spare = buf.spare_capacity_mut();
    // SAFETY: recv writes at most `spare.len()` bytes into memory we own; only the bytes it reports
    // written are then marked initialised.
    let got = unsafe { libc::recv(fd, spare.as_mut_ptr() as *mut libc::c_void, spare.len(), flags) };
    if got < 0 {
        let e = io::Error::last_os_error();
        return match e.kind() {
            io::ErrorKind::WouldBlock => Ok(Received::WouldBlock),
            io::ErrorKind::Interrupted => Ok(Received::Interrupted),
            // A reset (RST, e.g. SO_LINGER 0) is a close to the reference: same notice, errno 0.
            io::ErrorKind::ConnectionReset => Err(NetError::Closed),
            _ => Err(NetError::from_io(&e, read_err)),
        };
    }
    if got == 0 {
        return Err(NetError::Closed);
    }
    // SAFETY: recv initialised `got` bytes of the spare capacity.
    unsafe { buf.set_len(buf.len() + got as usize) };
    Ok(Received::Bytes)
}

#[derive(PartialEq, Eq)]
enum Received {
    Bytes,
    WouldBlock,
    Interrupted,
}

impl std::os::fd::AsFd for Stream {
    fn as_fd(&self) -> std::os::fd::BorrowedFd<'_> {
        match self {
            Stream::Tcp(s) => s.as_fd(),
            Stream::Unix(s) => s.as_fd(),
            Stream::Tls(t) => t.sock.as_fd(),
        }
    }
}

fn connect_err(message: String, errno: i32) -> NetError {
    NetError::Connect { message, errno }
}
fn read_err(message: String, errno: i32) -> NetError {
    NetError::Read { message, errno }
}
fn write_err(message: String, errno: i32) -> NetError {
    NetError::Write { message, errno }
}

fn connect_tcp(host: &str, port: u16, timeout: Duration) -> Result<TcpStream, NetError> {
    let addrs = (host, port).to_socket_addrs().map_err(|e| {
        let detail = e.to_string();
        let detail = detail.rsplit_once(": ").map(|(_, d)| d.to_string()).unwrap_or(detail);
        NetError::Resolve(format!("php_network_getaddresses: getaddrinfo for {host} failed: {detail}"))
    })?;
    let mut last = NetError::Connect { message: "Unknown error".into(), errno: 0 };
    for addr in addrs {
        let sock = match socket2::Socket::new(socket2::Domain::for_address(addr), socket2::Type::STREAM, None) {
            Ok(s) => s,
            Err(e) => {
                last = NetError::from_io(&e, connect_err);
                continue;
            }
        };
        match sock.connect_timeout(&addr.into(), timeout) {
            Ok(()) => {
                // connect_timeout leaves the socket blocking, as `Connection` wants it.
                let _ = sock.set_nodelay(true);
                return Ok(sock.into());
            }
            Err(e) if e.kind() == io::ErrorKind::TimedOut || e.kind() == io::ErrorKind::WouldBlock => {
                last = NetError::Connect { message: "Connection timed out".into(), errno: libc::ETIMEDOUT };
            }
            Err(e) => last = NetError::from_io(&e, connect_err),
        }
    }
    Err(last)
}

/// Waits until `fd` is ready for `events` or `timeout` passes. Ok(false) on timeout.
pub(super) fn wait_fd(fd: RawFd, events: libc::c_short, timeout: Duration) -> Result<bool, NetError> {
    let mut p = [libc::pollfd { fd, events, revents: 0 }];
    Ok(poll(&mut p, timeout)? > 0)
}

/// A socket to wait on: readable, and writable too when `write`.
pub fn poll_entry(fd: RawFd, write: bool) -> PollFd {
    PollFd(libc::pollfd { fd, events: if write { libc::POLLIN | libc::POLLOUT } else { libc::POLLIN }, revents: 0 })
}

/// One entry of a wait on several sockets.
#[repr(transparent)]
pub struct PollFd(libc::pollfd);

impl PollFd {
    pub fn is_ready(&self) -> bool {
        self.0.revents != 0
    }
}

/// Waits until any of `fds` is ready or `timeout` passes; `is_ready` then tells which.
pub fn wait_any(fds: &mut [PollFd], timeout: Duration) -> Result<(), NetError> {
    // SAFETY: PollFd is a transparent wrapper of libc::pollfd.
    let raw = unsafe { std::slice::from_raw_parts_mut(fds.as_mut_ptr() as *mut libc::pollfd, fds.len()) };
    poll(raw, timeout).map(|_| ())
}

/// poll(2) that restarts on EINTR with the remaining time.
fn poll(p: &mut [libc::pollfd], timeout: Duration) -> Result<i32, NetError> {
    let deadline = Instant::now() + timeout;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        // Round up so that a sub-millisecond remainder still waits instead of spinning.
        let ms = left.as_micros().div_ceil(1000).min(i32::MAX as u128) as i32;
        // SAFETY: `p` is a valid slice of pollfd for the duration of the call.
        let r = unsafe { libc::poll(p.as_mut_ptr(), p.len() as libc::nfds_t, ms) };
        if r >= 0 {
            return Ok(r);
        }
        let e = io::Error::last_os_error();
        if e.kind() != io::ErrorKind::Interrupted {
            return Err(NetError::from_io(&e, read_err));
        }
        if Instant::now() >= deadline {
            return Ok(0);
        }
    }
}
