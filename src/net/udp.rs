//! memcached's UDP framing (spec §7.6): every datagram starts with an 8-byte header — request id,
//! sequence number, total datagrams, reserved — and a reply may span several datagrams, which can
//! arrive out of order or not at all. Only ASCII multi-gets use it.

use std::net::{ToSocketAddrs, UdpSocket};
use std::time::{Duration, Instant};

use super::NetError;

const HEADER: usize = 8;
/// Largest datagram the reference sends, header included.
pub const MAX_DATAGRAM: usize = 1400;
/// So the largest request line.
pub const MAX_REQUEST: usize = MAX_DATAGRAM - HEADER;

/// What the caller made of one part of a reply.
pub enum Part {
    /// Parsed; more parts follow.
    More,
    /// Parsed, and it ended the reply.
    Done,
    /// Not a reply: give up on UDP.
    Bad,
}

/// Why a UDP exchange gave up (the caller then asks over TCP).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UdpError {
    Net(NetError),
    /// The reply did not come whole within the timeout: (request id, the sequence number expected
    /// next, the last one received).
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

    /// Sends one request datagram and hands the reply to `on_part` part by part, until it says the
    /// reply is complete. A part is a datagram numbered 0 of 1, or a run of datagrams numbered 0..n
    /// of n put back in order (memcached 1.6 sends every item as its own datagram, and an item
    /// larger than a datagram as such a run; the classic framing makes the whole reply one run).
    pub fn exchange(&mut self, request: &[u8], timeout: Duration, on_part: &mut dyn FnMut(&[u8]) -> Part) -> Result<(), UdpError> {
        self.next_id = self.next_id.wrapping_add(1);
        let reqid = self.next_id;
        let mut dgram = Vec::with_capacity(HEADER + request.len());
        dgram.extend_from_slice(&reqid.to_be_bytes());
        dgram.extend_from_slice(&[0, 0, 0, 1, 0, 0]);
        dgram.extend_from_slice(request);
        let io = |e: std::io::Error| UdpError::Net(NetError::from_io(&e, |message, errno| NetError::Read { message, errno }));
        self.socket.send(&dgram).map_err(io)?;

        let deadline = Instant::now() + timeout;
        // The run being reassembled: one slot per datagram of it.
        let mut run: Vec<Option<Vec<u8>>> = Vec::new();
        let mut last_seq = 0u16;
        let mut buf = vec![0u8; 65536];
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                let missing = run.iter().position(|p| p.is_none()).unwrap_or(0) as u16;
                return Err(UdpError::Loss { reqid, missing, got: last_seq });
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
            let seq = u16::from_be_bytes([buf[2], buf[3]]);
            let total = u16::from_be_bytes([buf[4], buf[5]]) as usize;
            if id != reqid {
                continue; // a late reply to an earlier request
            }
            last_seq = seq;
            let seq = seq as usize;
            if total == 0 || seq >= total || (!run.is_empty() && run.len() != total) {
                return Err(UdpError::Malformed);
            }
            let part = if total == 1 {
                on_part(&buf[HEADER..n])
            } else {
                if run.is_empty() {
                    run = vec![None; total];
                }
                if run[seq].is_none() {
                    run[seq] = Some(buf[HEADER..n].to_vec());
                }
                if !run.iter().all(Option::is_some) {
                    continue;
                }
                let whole: Vec<u8> = std::mem::take(&mut run).into_iter().flatten().flatten().collect();
                on_part(&whole)
            };
            match part {
                Part::More => {}
                Part::Done => return Ok(()),
                Part::Bad => return Err(UdpError::Malformed),
            }
        }
    }
}
