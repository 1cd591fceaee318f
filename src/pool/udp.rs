//! Multi-gets over UDP (spec §7.6): used for an ASCII multi-key get when the server has a UDP port.
//! Replies spanning several datagrams are reassembled in sequence order; a reply that does not come
//! whole is reported and its keys asked again over TCP. Because a lost datagram of memcached 1.6
//! (one item per datagram) cannot be told from a miss, the keys a UDP reply did not return are
//! asked again over TCP too: UDP can make a get faster, never wrong.

use std::time::Duration;

use super::{Event, GetItem, Pool};
use crate::net::udp::{Part, UdpError, UdpLink, MAX_REQUEST};
use crate::protocol::{ascii, Expect, Reply};

impl Pool {
    /// Tries the get over UDP. None means "use TCP for these keys" (no UDP port, or UDP failed).
    pub(super) fn udp_get(&mut self, server: usize, keys: &[&[u8]], with_cas: bool) -> Option<Vec<GetItem>> {
        let limit = (self.settings.chunk_size as usize).min(MAX_REQUEST);
        let timeout = self.io_timeout().min(Duration::from_secs(3600));
        let s = &mut self.servers[server];
        if s.spec.udp_port == 0 || s.udp_failed {
            return None;
        }
        if s.udp.is_none() {
            // The reference opens "udp://HOST:UDP_PORT", parsed as a TCP address is.
            let address = crate::net::Address::parse(&s.spec.host, s.spec.udp_port);
            let crate::net::Address::Tcp { host, port } = address else { return None };
            match UdpLink::connect(&host, port) {
                Ok(l) => s.udp = Some(l),
                Err(_) => {
                    s.udp_failed = true;
                    return None;
                }
            }
        }
        // One datagram per request: split the keys so that each `get` line fits ("get" and CRLF are
        // 5 bytes, each key adds a space).
        let mut chunks: Vec<Vec<&[u8]>> = vec![Vec::new()];
        let mut len = 5;
        for k in keys {
            if len + k.len() + 1 > limit && !chunks.last().is_some_and(|c| c.is_empty()) {
                chunks.push(Vec::new());
                len = 5;
            }
            len += k.len() + 1;
            if let Some(c) = chunks.last_mut() {
                c.push(k);
            }
        }
        let mut items = Vec::new();
        for chunk in chunks {
            let mut request = Vec::new();
            ascii::encode_get(&chunk, with_cas, &mut request);
            let link = self.servers[server].udp.as_mut()?;
            let result = link.exchange(&request, timeout, &mut |part| parse_part(part, &mut items));
            if let Err(e) = result {
                if let UdpError::Loss { reqid, missing, got } = e {
                    self.events.push(Event::Notice(format!(
                        "UDP packet loss, expected reqid/seqid {reqid}/{missing} got {reqid}/{got}"
                    )));
                }
                self.servers[server].udp_failed = true;
                return None;
            }
        }
        Some(items)
    }
}

/// Parses one part of a reply: whole VALUE items, possibly ending with END (which ends the reply).
fn parse_part(mut buf: &[u8], items: &mut Vec<GetItem>) -> Part {
    let before = items.len();
    while !buf.is_empty() {
        match ascii::decode(buf, Expect::Value) {
            Ok(Some((used, Reply::Value { key, flags, cas, data, .. }))) => {
                items.push(GetItem::new(key, data, 0, flags, cas));
                buf = &buf[used..];
            }
            Ok(Some((used, Reply::End))) if used == buf.len() => return Part::Done,
            _ => {
                items.truncate(before);
                return Part::Bad;
            }
        }
    }
    Part::More
}
