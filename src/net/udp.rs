//! memcached's UDP framing (spec §7.6): every datagram starts with an 8-byte header — request id,
//! sequence number, total datagrams, reserved — and a reply may span several datagrams, which can
//! arrive out of order or not at all. Only ASCII multi-gets use it.

use std::net::{ToSocketAddrs, UdpSocket};
use std::time::{Duration, Instant};

use super::NetError;

const HEADER: usize = 8;
/// Largest request the reference puts in one datagram.
pub const MAX_REQUEST: usize = 1400;

/// Why a UDP exchange gave up (the caller then asks over TCP).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UdpError {
    Net(NetError),
    /// Datagrams are missing after the timeout: (request id, first missing sequence, datagrams seen).
    Loss { reqid: u16, missing: u16, got: u16 },
    Malformed,
}

pub struct UdpLink {
    socket: UdpSocket,
    next_id: u16,
}

impl UdpLink {
    pub fn connect(host: &str, port: u16) -> Result<UdpLink, NetError> {
        let io = |e: std::io::Error| NetError::from_io(&e, |message, errno| NetError::Connect { message, errno });
        let addr = (host, port)
            .to_socket_addrs()
            .map_err(io)?
            .next()
            .ok_or(NetError::Connect { message: "Unknown error".into(), errno: 0 })?;
        let bind = if addr.is_ipv6() { "[::]:0" } else { "0.0.0.0:0" };
        let socket = UdpSocket::bind(bind).map_err(io)?;
        socket.connect(addr).map_err(io)?;
        Ok(UdpLink { socket, next_id: 0 })
    }

    /// Sends one request datagram and gathers the reply. Returns the reply's parts, each of which
    /// parses on its own: with the classic framing (a reply of `total` > 1 datagrams numbered by
    /// `seq`) the datagrams are put back in order and joined into one part; memcached 1.6 instead
    /// sends every item as its own datagram numbered 0 of 1, so each datagram is a part, and the
    /// reply ends with the one that ends in `END`.
    pub fn exchange(&mut self, request: &[u8], timeout: Duration) -> Result<Vec<Vec<u8>>, UdpError> {
        self.next_id = self.next_id.wrapping_add(1);
        let reqid = self.next_id;
        let mut dgram = Vec::with_capacity(HEADER + request.len());
        dgram.extend_from_slice(&reqid.to_be_bytes());
        dgram.extend_from_slice(&[0, 0, 0, 1, 0, 0]);
        dgram.extend_from_slice(request);
        let io = |e: std::io::Error| UdpError::Net(NetError::from_io(&e, |message, errno| NetError::Read { message, errno }));
        self.socket.send(&dgram).map_err(io)?;

        let deadline = Instant::now() + timeout;
        let mut sequenced: Vec<Option<Vec<u8>>> = Vec::new();
        let mut singles: Vec<Vec<u8>> = Vec::new();
        let mut seen = 0u16;
        let mut buf = vec![0u8; 65536];
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                let missing = sequenced.iter().position(|p| p.is_none()).unwrap_or(sequenced.len()) as u16;
                return Err(UdpError::Loss { reqid, missing, got: seen });
            }
            self.socket.set_read_timeout(Some(left.max(Duration::from_millis(1)))).map_err(io)?;
            let n = match self.socket.recv(&mut buf) {
                Ok(n) => n,
                Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => continue,
                Err(e) => return Err(io(e)),
            };
            if n < HEADER {
                return Err(UdpError::Malformed);
            }
            let id = u16::from_be_bytes([buf[0], buf[1]]);
            let seq = u16::from_be_bytes([buf[2], buf[3]]) as usize;
            let total = u16::from_be_bytes([buf[4], buf[5]]) as usize;
            if id != reqid {
                continue; // a late reply to an earlier request
            }
            let payload = &buf[HEADER..n];
            if total == 1 && seq == 0 && sequenced.is_empty() {
                seen = seen.saturating_add(1);
                singles.push(payload.to_vec());
                if payload.ends_with(b"END\r\n") {
                    return Ok(singles);
                }
                continue;
            }
            if total == 0 || seq >= total || (!sequenced.is_empty() && sequenced.len() != total) || !singles.is_empty() {
                return Err(UdpError::Malformed);
            }
            if sequenced.is_empty() {
                sequenced = vec![None; total];
            }
            if sequenced[seq].is_none() {
                sequenced[seq] = Some(payload.to_vec());
                seen = seen.saturating_add(1);
            }
            if sequenced.iter().all(Option::is_some) {
                return Ok(vec![sequenced.into_iter().flatten().flatten().collect()]);
            }
        }
    }
}
