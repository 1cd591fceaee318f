//! Running batches of requests on several servers at once (spec §6.2, §7.1). Every server's
//! requests are written before any reply is awaited, and replies are decoded as they arrive, so a
//! call that spans servers takes as long as its slowest server, not the sum. A server that makes no
//! progress within the pool's I/O timeout (the smallest of its servers' timeouts) fails with
//! `Network timeout`; the others carry on.

use std::time::{Duration, Instant};

use super::{Pool, ServerError};
use crate::net::{poll_entry, wait_any, NetError};
use crate::protocol::{Expect, Reply};

/// The requests for one server: already encoded, answered by `responses` complete responses.
pub(super) struct Batch {
    pub server: usize,
    pub request: Vec<u8>,
    /// What each response is: one kind for all, or one per response (mixed pipelines such as the
    /// session lock's incr/add/get).
    pub expect: Expects,
    pub responses: usize,
}

pub(super) enum Expects {
    All(Expect),
    Each(Vec<Expect>),
}

impl Expects {
    fn nth(&self, n: usize) -> Expect {
        match self {
            Expects::All(e) => *e,
            Expects::Each(v) => v.get(n).or(v.last()).copied().unwrap_or(Expect::Value),
        }
    }
}

/// What `step` reads: nothing (replies cannot have arrived yet), what has arrived, or what arrives
/// within the I/O timeout.
#[derive(Clone, Copy)]
enum Read {
    Skip,
    Available,
    Wait,
}

/// How a reply handler wants the exchange to go on.
pub(super) enum Flow {
    /// More replies belong to the current response (VALUE lines before END, STAT lines).
    More,
    /// The current response is complete.
    Done,
}

/// What became of a batch: `answered` responses were complete when it ended; `refused` when no
/// connection could be made for it (the server failed to connect, or was not usable).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Outcome {
    pub complete: bool,
    pub answered: usize,
    pub refused: bool,
}

/// Buffers `run` reuses from one request to the next.
#[derive(Default)]
pub(super) struct Scratch {
    prog: Vec<Progress>,
    fds: Vec<crate::net::PollFd>,
    polled: Vec<usize>,
}

struct Progress {
    /// Sent before the batch on a new connection: the SASL authentication (spec §7.5).
    preamble: Vec<u8>,
    /// The preamble's reply has not been read yet.
    auth_pending: bool,
    written: usize,
    /// Over TLS, what is left to write before a TLS record must end (0: compute it for what is next),
    /// so that a request with a value ends its TLS records (see `Protocol::tls_record_end`).
    left: usize,
    answered: usize,
    received: bool,
    /// A reused persistent connection not yet checked in this request ("unknown", spec §6.3): if it
    /// turns out dead before answering anything, it gets one silent reconnect.
    may_retry: bool,
    retried: bool,
    /// Whether a wait for this batch's replies may block in recv (see `Connection::read_wait`);
    /// cleared when a signal interrupted such a wait, so that poll, which counts the time left,
    /// takes over.
    wait_in_recv: bool,
    last: Instant,
    outcome: Option<Outcome>,
}

impl Progress {
    fn final_outcome(&self) -> Outcome {
        self.outcome.unwrap_or(Outcome { complete: false, answered: self.answered, refused: false })
    }
}

/// The handler: (batch index, index of the response within the batch, reply).
pub(super) type OnReply<'a> = dyn FnMut(usize, usize, Reply<'_>) -> Result<Flow, ServerError> + 'a;

impl Pool {
    /// Runs the batches concurrently and returns one outcome per batch. Failed servers are
    /// deactivated and their failure events queued.
    pub(super) fn run(&mut self, batches: &[Batch], now: i64, on_reply: &mut OnReply<'_>) -> Vec<Outcome> {
        self.drive(batches, now, on_reply);
        self.scratch.prog.iter().map(Progress::final_outcome).collect()
    }

    /// [`Pool::run`] for a single batch, without a list of outcomes.
    pub(super) fn run_one(&mut self, batch: &Batch, now: i64, on_reply: &mut OnReply<'_>) -> Outcome {
        self.drive(std::slice::from_ref(batch), now, on_reply);
        self.scratch.prog.first().map_or(Outcome { complete: false, answered: 0, refused: true }, Progress::final_outcome)
    }

    /// Runs the batches; their outcomes are left in `self.scratch.prog`.
    fn drive(&mut self, batches: &[Batch], now: i64, on_reply: &mut OnReply<'_>) {
        let start = Instant::now();
        // The per-run state lives in buffers the pool keeps, so a request allocates none of it.
        let mut scratch = std::mem::take(&mut self.scratch);
        let prog = &mut scratch.prog;
        prog.clear();
        prog.extend(batches.iter().map(|_| Progress {
            preamble: Vec::new(),
            auth_pending: false,
            written: 0,
            left: 0,
            answered: 0,
            received: false,
            may_retry: false,
            retried: false,
            wait_in_recv: true,
            last: start,
            outcome: None,
        }));
        for (b, batch) in batches.iter().enumerate() {
            let unknown = self.servers[batch.server].state() == super::ServerState::Unknown;
            prog[b].outcome = match self.connect_for(batch.server, now) {
                Some(fresh) => {
                    prog[b].may_retry = unknown && !fresh;
                    self.authenticate(batch.server, &mut prog[b]);
                    if batch.responses == 0 && batch.request.is_empty() {
                        Some(Outcome { complete: true, answered: 0, refused: false })
                    } else {
                        None
                    }
                }
                None => Some(Outcome { complete: false, answered: 0, refused: true }),
            };
        }
        // Reused across rounds: `polled[n]` is the batch whose socket is `fds[n]`.
        let fds = &mut scratch.fds;
        let polled = &mut scratch.polled;
        fds.clear();
        polled.clear();
        loop {
            // Do whatever can be done without waiting (writes; reads only where replies may already
            // be buffered), then wait for the sockets that need it.
            let mut active = false;
            for b in 0..batches.len() {
                if prog[b].outcome.is_none() {
                    active = true;
                    let readable = prog[b].answered > 0 || prog[b].received;
                    let read = if readable { Read::Available } else { Read::Skip };
                    self.step(b, &batches[b], &mut prog[b], now, read, on_reply);
                }
            }
            if !active {
                break;
            }
            // The common case, one server with its request sent: block in recv, with the socket's
            // timeout, rather than poll and then recv.
            if let Some(b) = self.single_blocking_wait(batches, prog) {
                self.step(b, &batches[b], &mut prog[b], now, Read::Wait, on_reply);
                continue;
            }
            fds.clear();
            polled.clear();
            let mut waiting = false;
            let mut wait = Duration::MAX;
            for (b, batch) in batches.iter().enumerate() {
                if prog[b].outcome.is_some() {
                    continue;
                }
                waiting = true;
                wait = wait.min(self.io_timeout().saturating_sub(prog[b].last.elapsed()));
                let conn = self.servers[batch.server].link().conn.as_ref().map(|c| (c.fd(), c.wants_write()));
                if let Some((fd, pending)) = conn {
                    fds.push(poll_entry(fd, pending || prog[b].written < prog[b].preamble.len() + batch.request.len()));
                    polled.push(b);
                }
            }
            if !waiting {
                continue;
            }
            if let Err(e) = wait_any(fds, wait) {
                for b in 0..batches.len() {
                    if prog[b].outcome.is_none() {
                        self.fail_batch(&batches[b], &mut prog[b], ServerError::Net(e.clone()), now);
                    }
                }
                continue;
            }
            for b in 0..batches.len() {
                if prog[b].outcome.is_some() {
                    continue;
                }
                // A batch whose connection vanished is stepped too, and fails there.
                let is_ready = match polled.iter().position(|&x| x == b) {
                    Some(n) => fds[n].is_ready(),
                    None => true,
                };
                if is_ready {
                    self.step(b, &batches[b], &mut prog[b], now, Read::Available, on_reply);
                }
                if prog[b].outcome.is_none() && prog[b].last.elapsed() >= self.io_timeout() {
                    self.fail_batch(&batches[b], &mut prog[b], ServerError::Net(NetError::Timeout), now);
                }
            }
        }
        self.scratch = scratch;
    }

    /// The batch to wait for in recv: the only one still running, with all its bytes written,
    /// connected, and not interrupted by a signal in an earlier such wait.
    fn single_blocking_wait(&self, batches: &[Batch], prog: &[Progress]) -> Option<usize> {
        let mut running = prog.iter().enumerate().filter(|(_, p)| p.outcome.is_none());
        let (b, p) = running.next()?;
        if running.next().is_some() || !p.wait_in_recv || self.io_timeout() < Duration::from_millis(1) {
            return None;
        }
        let sent = p.written == p.preamble.len() + batches[b].request.len();
        // A TLS connection with ciphertext still to write waits for writability in poll.
        (sent && self.servers[batches[b].server].link().conn.as_ref().is_some_and(|c| !c.wants_write())).then_some(b)
    }

    /// Queues the SASL PLAIN authentication before the batch when the server has credentials and its
    /// connection is due one (a new connection, or addServer() with credentials).
    fn authenticate(&self, server: usize, p: &mut Progress) {
        p.preamble.clear();
        p.auth_pending = false;
        if let (Some(c), crate::protocol::Protocol::Binary) = (&self.servers[server].credentials, self.config.protocol) {
            let mut link = self.servers[server].link();
            if link.auth_due {
                link.auth_due = false;
                crate::protocol::binary::encode_sasl_auth(&c.user, &c.password, &mut p.preamble);
                p.auth_pending = true;
            }
        }
    }

    /// Makes sure the server is usable and connected: Some(opened now) or None (already failed, or
    /// failed to connect, which deactivates it).
    pub(super) fn connect_for(&mut self, idx: usize, now: i64) -> Option<bool> {
        if !self.servers[idx].is_usable(now) {
            return None;
        }
        match self.servers[idx].open() {
            Ok(fresh) => Some(fresh),
            Err(e) => {
                self.fail_server(idx, &ServerError::Net(e), now);
                None
            }
        }
    }

    /// Writes what the socket takes, reads what has arrived, and hands complete replies over.
    fn step(&mut self, b: usize, batch: &Batch, p: &mut Progress, now: i64, read: Read, on_reply: &mut OnReply<'_>) {
        let protocol = self.config.protocol;
        let io_timeout = self.io_timeout();
        let result = {
            let mut link = self.servers[batch.server].link();
            let Some(conn) = link.conn.as_mut() else {
                drop(link);
                self.fail_batch(batch, p, ServerError::Net(NetError::Closed), now);
                return;
            };
            (|| -> Result<bool, ServerError> {
                let pre = p.preamble.len();
                if p.written < pre + batch.request.len() {
                    let n = if p.written < pre {
                        conn.write_some(&p.preamble[p.written..])?
                    } else {
                        let rest = &batch.request[p.written - pre..];
                        if conn.is_tls() && p.left == 0 {
                            p.left = protocol.tls_record_end(rest);
                        }
                        let n = conn.write_some(if p.left > 0 { &rest[..p.left] } else { rest })?;
                        p.left = p.left.saturating_sub(n);
                        n
                    };
                    if n > 0 {
                        p.written += n;
                        p.last = Instant::now();
                    }
                }
                // A read error is reported only after the replies already buffered are used.
                let read = match read {
                    Read::Skip => Ok(false),
                    Read::Available => conn.read_available(),
                    Read::Wait => {
                        let r = conn.read_wait(io_timeout);
                        if let Ok(false) = r {
                            p.wait_in_recv = false;
                        }
                        r
                    }
                };
                if let Ok(true) = read {
                    p.received = true;
                    p.last = Instant::now();
                }
                if p.auth_pending {
                    let (used, ok) = match protocol.decode(conn.buffered(), Expect::Store) {
                        Ok(None) => {
                            read?;
                            return Ok(false);
                        }
                        Ok(Some((used, Reply::Status { status: crate::protocol::Status::Success, .. }))) => (used, Ok(())),
                        Ok(Some((used, Reply::Status { line, .. }))) => (
                            used,
                            Err(ServerError::Reply { line: String::from_utf8_lossy(line).into_owned(), code: 0 }),
                        ),
                        Ok(Some((used, _))) => (used, Err(ServerError::Protocol(crate::protocol::ProtocolError::Malformed.to_string()))),
                        Err(e) => return Err(ServerError::Protocol(e.to_string())),
                    };
                    conn.consume(used);
                    ok?;
                    p.auth_pending = false;
                }
                loop {
                    let (used, flow) = match protocol.decode(conn.buffered(), batch.expect.nth(p.answered)) {
                        Ok(None) => {
                            if let Some(total) = protocol.needed(conn.buffered()) {
                                conn.expect_bytes(total);
                            }
                            break;
                        }
                        Ok(Some((used, reply))) => (used, on_reply(b, p.answered, reply)),
                        Err(e) => return Err(ServerError::Protocol(e.to_string())),
                    };
                    conn.consume(used);
                    if let Flow::Done = flow? {
                        p.answered += 1;
                        if p.answered == batch.responses {
                            return Ok(true);
                        }
                    }
                }
                read?;
                Ok(false)
            })()
        };
        match result {
            // A reused persistent connection stays "unknown" for the rest of the request, as in the
            // reference: only a new connection makes it "connected".
            Ok(true) => p.outcome = Some(Outcome { complete: true, answered: p.answered, refused: false }),
            Ok(false) => {}
            Err(e) => self.fail_batch(batch, p, e, now),
        }
    }

    /// A batch failed. On a reused persistent connection (state "unknown", spec §6.3) a failure is not
    /// a server failure, as in the reference: in a pool of several servers the connection is dropped
    /// silently (the server stays usable) and the caller fails the unanswered requests over; in a pool
    /// of one, a connection that broke before sending anything back gets one silent reconnect and a
    /// fresh start (spec §6.2). Otherwise the server is deactivated.
    fn fail_batch(&mut self, batch: &Batch, p: &mut Progress, e: ServerError, now: i64) {
        if p.may_retry && !p.retried && self.servers.len() > 1 {
            self.servers[batch.server].reset_connection();
            p.outcome = Some(Outcome { complete: false, answered: p.answered, refused: false });
            return;
        }
        let stale = matches!(e, ServerError::Net(NetError::Closed | NetError::Read { .. } | NetError::Write { .. }));
        let mut e = e;
        if stale && p.may_retry && !p.received && !p.retried {
            p.retried = true;
            self.servers[batch.server].reset_connection();
            match self.servers[batch.server].open() {
                Ok(_) => {
                    p.may_retry = false;
                    p.written = 0;
                    p.left = 0;
                    self.authenticate(batch.server, p);
                    p.last = Instant::now();
                    return;
                }
                // The reconnect's own error is the one reported.
                Err(connect_error) => e = ServerError::Net(connect_error),
            }
        }
        self.fail_server(batch.server, &e, now);
        p.outcome = Some(Outcome { complete: false, answered: p.answered, refused: false });
    }
}
