//! The requests of the session save handler (spec §8.3–8.6), as pool operations. The policy — the
//! lock wait, which server to try next — lives in `crate::session`.

use super::dispatch::{Batch, Expects, Flow};
use super::Pool;
use crate::protocol::{Expect, Reply, Status, StoreCommand};

/// What one lock attempt found (spec §8.4).
#[derive(Clone, Debug, PartialEq)]
pub struct LockRead {
    /// The increment returned exactly 1, or the add succeeded.
    pub locked: bool,
    /// The stored session item (flags, payload), if any.
    pub data: Option<(u32, Vec<u8>)>,
}

/// The lock is stored as the int 1/0 (type bits 0x300), as the reference stores it.
const LOCK_FLAGS: u32 = 0x300;

impl Pool {
    /// The servers holding a session: the servers for `<key>-0`, `<key>-1`, … skipping servers
    /// already chosen and unusable ones, at most `redundancy` (QUIRK, spec §8.3).
    pub fn session_servers(&self, key: &[u8], redundancy: usize, now: i64) -> Vec<usize> {
        let n = self.servers.len();
        if n == 0 {
            return Vec::new();
        }
        if n == 1 {
            return if self.servers[0].is_usable(now) { vec![0] } else { Vec::new() };
        }
        let want = redundancy.clamp(1, n);
        let mut chosen = Vec::with_capacity(want);
        let mut buf = Vec::with_capacity(key.len() + 4);
        // The reference walks the chain until it finds enough servers, not bounded by
        // max_failover_attempts; a generous bound keeps a pool of dead servers from looping forever.
        for i in 0..(1000 + 100 * n as u32) {
            let Some(idx) = self.chain_candidate(key, i, &mut buf) else { break };
            if !chosen.contains(&idx) && self.servers[idx].is_usable(now) {
                chosen.push(idx);
                if chosen.len() == want {
                    break;
                }
            }
        }
        chosen
    }

    /// One lock attempt on `server`: `incr <lock> 1`, `add <lock> 768 <timeout> 1`, `get <key>`,
    /// pipelined. None if the server failed.
    pub fn session_try_lock(&mut self, server: usize, key: &[u8], lock_key: &[u8], lock_timeout: u32, now: i64) -> Option<LockRead> {
        let p = self.config.protocol;
        let mut request = Vec::new();
        // Binary creates the lock at 1 with the lock expiry when it is missing (spec §8.4).
        p.encode_counter(true, lock_key, 1, Some((1, lock_timeout)), &mut request);
        p.encode_store(StoreCommand::Add, lock_key, LOCK_FLAGS, lock_timeout, b"1", 0, &mut request);
        p.encode_get(&[key], true, false, &mut request);
        let one_response = p.get_is_one_response(true);
        let batch = [Batch {
            server,
            request,
            expect: Expects::Each(vec![Expect::Counter, Expect::Store, Expect::Value]),
            responses: 3,
        }];
        let mut read = LockRead { locked: false, data: None };
        let outcomes = self.run(&batch, now, &mut |_, n, reply| match (n, reply) {
            (0, Reply::Number(1)) | (1, Reply::Status { status: Status::Success, .. }) => {
                read.locked = true;
                Ok(Flow::Done)
            }
            (0 | 1, Reply::Number(_) | Reply::Status { .. }) => Ok(Flow::Done),
            (2, Reply::Value { flags, data, .. }) => {
                read.data = Some((flags, data.to_vec()));
                Ok(if one_response { Flow::Done } else { Flow::More })
            }
            (_, Reply::End) => Ok(Flow::Done),
            (2, Reply::Status { .. }) if one_response => Ok(Flow::Done),
            _ => Err(super::ServerError::Protocol(crate::protocol::ProtocolError::Malformed.to_string())),
        });
        outcomes.first().filter(|o| o.complete).map(|_| read)
    }

    /// Writes the session to each of `servers` and releases the lock there (spec §8.5): `set <key>`
    /// with the absolute expiry, then `set <lock> 768 <timeout>` to 0. True only if every set succeeded.
    #[allow(clippy::too_many_arguments)]
    pub fn session_write(
        &mut self,
        servers: &[usize],
        key: &[u8],
        flags: u32,
        data: &[u8],
        exptime: u32,
        lock_key: &[u8],
        lock_timeout: u32,
        now: i64,
    ) -> bool {
        let p = self.config.protocol;
        let mut request = Vec::new();
        p.encode_store(StoreCommand::Set, key, flags, exptime, data, 0, &mut request);
        p.encode_store(StoreCommand::Set, lock_key, LOCK_FLAGS, lock_timeout, b"0", 0, &mut request);
        self.session_all(servers, request, Expect::Store, 2, now, |reply| {
            matches!(reply, Reply::Status { status: Status::Success, .. })
        })
    }

    /// Releases the lock without writing (the request ended before the session was written).
    pub fn session_unlock(&mut self, servers: &[usize], lock_key: &[u8], lock_timeout: u32, now: i64) -> bool {
        let mut request = Vec::new();
        self.config.protocol.encode_store(StoreCommand::Set, lock_key, LOCK_FLAGS, lock_timeout, b"0", 0, &mut request);
        self.session_all(servers, request, Expect::Store, 1, now, |reply| {
            matches!(reply, Reply::Status { status: Status::Success, .. })
        })
    }

    /// Deletes the session and its lock on each server (spec §8.6); not-found counts as success.
    pub fn session_destroy(&mut self, servers: &[usize], key: &[u8], lock_key: &[u8], now: i64) -> bool {
        let p = self.config.protocol;
        let mut request = Vec::new();
        p.encode_delete(key, &mut request);
        p.encode_delete(lock_key, &mut request);
        self.session_all(servers, request, Expect::Delete, 2, now, |reply| {
            matches!(reply, Reply::Status { status: Status::Success | Status::NotFound, .. })
        })
    }

    /// Runs the same request on every server; true if at least one server answered and every
    /// response satisfied `ok`. Per-request errors (too large, out of memory, client error) are
    /// queued as events.
    fn session_all(
        &mut self,
        servers: &[usize],
        request: Vec<u8>,
        expect: Expect,
        responses: usize,
        now: i64,
        mut ok: impl FnMut(&Reply<'_>) -> bool,
    ) -> bool {
        let batches: Vec<Batch> = servers
            .iter()
            .map(|&server| Batch { server, request: request.clone(), expect: Expects::All(expect), responses })
            .collect();
        let mut all = true;
        let mut errors = Vec::new();
        let outcomes = self.run(&batches, now, &mut |b, _, reply| {
            if let Reply::Status { status: status @ (Status::TooLarge | Status::OutOfMemory | Status::ClientError), line } = &reply {
                errors.push((servers[b], line.to_vec(), status.code()));
            }
            all &= ok(&reply);
            Ok(Flow::Done)
        });
        for (server, line, code) in errors {
            self.request_failed(server, &line, code);
        }
        // As in §3.2, a server that failed sets no result: a dead server in the path costs nothing
        // as long as another one answered.
        all && outcomes.iter().any(|o| o.complete)
    }
}
