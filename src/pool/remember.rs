//! The requests of `remember()` (see `crate::remember` for the policy), each sent to one server:
//! the key's. Under meta, a lease get (`mg … N R`) and the release of a lease; under ASCII and
//! binary, an `add`-based lock beside the key, like the session lock (spec §8.4).

use super::dispatch::{Batch, Expects, Flow};
use super::ops::RequestErrors;
use super::{Pool, ServerError};
use crate::protocol::{meta, Expect, ProtocolError, Reply, Status, StoreCommand};

/// What a lease get found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LeaseRead {
    /// Nothing, and no lease either (a server without `N`).
    Miss,
    /// An item: a value, or the empty placeholder memcached made for a lease.
    Hit { flags: u32, cas: u64, data: Vec<u8>, win: bool, stale: bool, token_sent: bool },
}

/// What to give back along with (or instead of) a stored value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Release {
    Nothing,
    /// The ASCII/binary lock key.
    Lock(Vec<u8>),
    /// Meta: the placeholder this caller won, deleted if it still has that CAS.
    Placeholder(u64),
    /// Meta: a value this caller won the right to recache, marked stale again if it still has that
    /// CAS, so that the next reader wins.
    Recache(u64),
}

/// A value read back: (flags, payload).
pub type Item = (u32, Vec<u8>);

/// The lock is stored as the int 1 (type bits 0x300), as the session lock is.
const LOCK_FLAGS: u32 = 0x300;

impl Pool {
    /// Runs `request` on `server`, answered by one response per `expects`. False when the server
    /// failed (it is then deactivated and its failure queued, as for any request).
    fn exchange(
        &mut self,
        server: usize,
        request: Vec<u8>,
        expects: Vec<Expect>,
        now: i64,
        handle: &mut dyn FnMut(usize, Reply<'_>) -> Result<Flow, ServerError>,
    ) -> bool {
        let responses = expects.len();
        let batch = Batch { server, request, expect: Expects::Each(expects), responses };
        let mut errors = RequestErrors::new();
        let outcome = self.run_one(&batch, now, &mut |_, n, reply| {
            if let Reply::Status { status: status @ (Status::TooLarge | Status::OutOfMemory | Status::ClientError), line } = &reply {
                errors.push((server, line.to_vec(), status.code()));
            }
            handle(n, reply)
        });
        self.report_request_errors(errors);
        outcome.complete
    }

    /// Meta: `mg <key> v f c N<lease_ttl>[ R<recache>]` on `server`. None when the server failed.
    pub fn lease_get(&mut self, server: usize, key: &[u8], lease_ttl: u32, recache: Option<u32>, now: i64) -> Option<LeaseRead> {
        let mut request = Vec::new();
        meta::encode_lease_get(key, lease_ttl, recache, &mut request);
        let mut read = LeaseRead::Miss;
        let ok = self.exchange(server, request, vec![Expect::Lease], now, &mut |_, reply| match reply {
            Reply::Lease { flags, cas, data, win, stale, token_sent } => {
                read = LeaseRead::Hit { flags, cas, data: data.to_vec(), win, stale, token_sent };
                Ok(Flow::Done)
            }
            Reply::Status { status: Status::NotFound, .. } => Ok(Flow::Done),
            _ => Err(ServerError::Protocol(ProtocolError::MalformedValueHeader.to_string())),
        });
        ok.then_some(read)
    }

    /// A get of one key on `server`: Some(hit or miss), None when the server failed.
    pub fn lease_peek(&mut self, server: usize, key: &[u8], now: i64) -> Option<Option<Item>> {
        let p = self.config.protocol;
        let mut request = Vec::new();
        p.encode_get(&[key], true, false, &mut request);
        let one = p.get_is_one_response(true);
        let mut found = None;
        let ok = self.exchange(server, request, vec![Expect::Value], now, &mut |_, reply| get_reply(reply, one, &mut found));
        ok.then_some(found)
    }

    /// ASCII/binary: `add <lock_key>` (expiring after `lease_ttl`) and a get of `key`, pipelined on
    /// `server`. Some((the add succeeded, the value if any)); None when the server failed.
    pub fn lease_try_lock(&mut self, server: usize, key: &[u8], lock_key: &[u8], lease_ttl: u32, now: i64) -> Option<(bool, Option<Item>)> {
        let p = self.config.protocol;
        let mut request = Vec::new();
        p.encode_store(StoreCommand::Add, lock_key, LOCK_FLAGS, lease_ttl, b"1", 0, &mut request);
        p.encode_get(&[key], true, false, &mut request);
        let one = p.get_is_one_response(true);
        let mut locked = false;
        let mut found = None;
        let ok = self.exchange(server, request, vec![Expect::Store, Expect::Value], now, &mut |n, reply| match (n, reply) {
            (0, Reply::Status { status, .. }) => {
                locked = status == Status::Success;
                Ok(Flow::Done)
            }
            (0, _) => Err(ServerError::Protocol(ProtocolError::Malformed.to_string())),
            (_, reply) => get_reply(reply, one, &mut found),
        });
        ok.then_some((locked, found))
    }

    /// Stores the computed value on `server` (a plain set: whatever is there, placeholder or stale
    /// value, is replaced) and gives back `release` in the same round trip. True if stored.
    #[allow(clippy::too_many_arguments)]
    pub fn lease_store(&mut self, server: usize, key: &[u8], flags: u32, exptime: u32, data: &[u8], release: &Release, now: i64) -> bool {
        let p = self.config.protocol;
        let mut request = Vec::new();
        p.encode_store(StoreCommand::Set, key, flags, exptime, data, 0, &mut request);
        let mut expects = vec![Expect::Store];
        // A set replaces the placeholder or the stale value, which releases a meta lease by itself.
        if let Release::Lock(lock_key) = release {
            p.encode_delete(lock_key, &mut request);
            expects.push(Expect::Delete);
        }
        let mut stored = false;
        self.exchange(server, request, expects, now, &mut |n, reply| match reply {
            Reply::Status { status, .. } => {
                if n == 0 {
                    stored = status == Status::Success;
                }
                Ok(Flow::Done)
            }
            _ => Err(ServerError::Protocol(ProtocolError::Malformed.to_string())),
        });
        stored
    }

    /// Gives a lease back without storing anything (the computation threw): the next caller wins at
    /// once instead of waiting for the lease to expire.
    pub fn lease_release(&mut self, server: usize, key: &[u8], release: &Release, now: i64) {
        let mut request = Vec::new();
        match release {
            Release::Nothing => return,
            Release::Lock(lock_key) => self.config.protocol.encode_delete(lock_key, &mut request),
            Release::Placeholder(cas) => meta::encode_delete_cas(key, *cas, &mut request),
            Release::Recache(cas) => meta::encode_invalidate(key, Some(*cas), None, &mut request),
        }
        self.exchange(server, request, vec![Expect::Delete], now, &mut |_, reply| match reply {
            Reply::Status { .. } => Ok(Flow::Done),
            _ => Err(ServerError::Protocol(ProtocolError::Malformed.to_string())),
        });
    }
}

/// One reply to a single-key get (any protocol) into `found`.
fn get_reply(reply: Reply<'_>, one_response: bool, found: &mut Option<Item>) -> Result<Flow, ServerError> {
    match reply {
        Reply::Value { flags, data, .. } if found.is_none() => {
            *found = Some((flags, data.to_vec()));
            Ok(if one_response { Flow::Done } else { Flow::More })
        }
        Reply::End => Ok(Flow::Done),
        // Binary: any status is a miss; meta: EN.
        Reply::Status { status: Status::NotFound, .. } if one_response => Ok(Flow::Done),
        Reply::Status { .. } if one_response && found.is_none() => Ok(Flow::Done),
        _ => Err(ServerError::Protocol(ProtocolError::MalformedValueHeader.to_string())),
    }
}
