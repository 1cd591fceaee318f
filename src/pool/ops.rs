//! The operations of a pool: each encodes its requests, runs them on the servers the keys map to
//! (concurrently, see `dispatch`), fails requests over when a server fails mid-flight (§6.4), and
//! combines the replies as spec §3.2 and §7.3 say.

use super::dispatch::{Batch, Expects, Flow};
use super::{Pool, ServerError};
use crate::protocol::{Expect, Protocol, ProtocolError, Reply, Status, StoreCommand};
use crate::stats::StatsTable;

/// One VALUE received by a get. Its key and data share one allocation.
#[derive(Clone, Debug, PartialEq)]
pub struct GetItem {
    /// The key (as the server echoed it, normalised and prefixed; as asked in binary) followed by
    /// the data.
    bytes: Vec<u8>,
    key_len: usize,
    /// The position of the key in the caller's list (see [`Hit::index`]).
    pub index: usize,
    pub flags: u32,
    pub cas: u64,
}

impl GetItem {
    pub fn new(key: &[u8], data: &[u8], index: usize, flags: u32, cas: u64) -> GetItem {
        let mut bytes = Vec::with_capacity(key.len() + data.len());
        bytes.extend_from_slice(key);
        bytes.extend_from_slice(data);
        GetItem { bytes, key_len: key.len(), index, flags, cas }
    }

    pub fn key(&self) -> &[u8] {
        &self.bytes[..self.key_len]
    }

    pub fn data(&self) -> &[u8] {
        &self.bytes[self.key_len..]
    }
}

/// One value received by a get, borrowed from the receive buffer (see [`Pool::get_each`]).
#[derive(Clone, Copy, Debug)]
pub struct Hit<'a> {
    /// The key as the server echoed it (ASCII) or as it was asked (binary).
    pub key: &'a [u8],
    /// The key's position in the caller's list (its first occurrence, for duplicates).
    pub index: usize,
    pub flags: u32,
    pub cas: u64,
    pub data: &'a [u8],
}

/// One item for a store command; `key` is normalised, `data`/`flags` already encoded.
pub struct StoreItem<'a> {
    pub key: &'a [u8],
    pub flags: u32,
    pub exptime: u32,
    pub data: &'a [u8],
    pub cas: u64,
}

/// The outcome of one incr/decr.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CounterResult {
    /// The new value.
    Value(i64),
    /// A plain success line (`OK`, `STORED`, `DELETED`), which the reference reports as true.
    True,
    /// Not found, or a client error: false.
    Miss,
    /// No server answered: the key is left out of an array result.
    Failed,
}

/// What one server answered to a stats request.
#[derive(Clone, Debug, PartialEq)]
pub enum StatsResult {
    Table(StatsTable),
    /// `RESET` (stats reset).
    Reset,
    /// The server failed, or the reply was only `END`.
    Nothing,
}

/// The largest request buffer a pool keeps for the next request (see `pipeline`): a 1 MB value's
/// buffer is given back to the allocator.
const REQUEST_BUFFER_KEPT: usize = 64 * 1024;

/// Request errors noted by reply handlers (server, line, code), reported once the run is over.
pub(super) type RequestErrors = Vec<(usize, Vec<u8>, i64)>;

/// A `pipeline` request encoder: (item, its opaque in a quiet batch, buffer).
type PipelineEncode<'a> = dyn FnMut(usize, Option<u32>, &mut Vec<u8>) + 'a;

/// A `pipeline` reply handler: (item, reply, errors to report, server).
type PipelineReply<'a> = dyn FnMut(usize, Reply<'_>, &mut RequestErrors, usize) -> Result<Flow, ServerError> + 'a;

impl Pool {
    /// The pool's single-key request buffer, empty (see `keep_request_buffer`).
    fn take_request_buffer(&mut self) -> Vec<u8> {
        let mut buffer = std::mem::take(&mut self.request_buffer);
        buffer.clear();
        buffer
    }

    /// Keeps a single-key request's buffer for the next request, unless it grew large.
    fn keep_request_buffer(&mut self, buffer: Vec<u8>) {
        if buffer.capacity() <= REQUEST_BUFFER_KEPT {
            self.request_buffer = buffer;
        }
    }

    pub(super) fn report_request_errors(&mut self, errors: RequestErrors) {
        for (idx, line, code) in errors {
            self.request_failed(idx, &line, code);
        }
    }

    /// Runs one request per item (`encode(i, out)`), pipelined per server, each answered by one
    /// response handled by `on_reply(i, reply, errors, server)`. Items go to their key's server plus
    /// the redundant copies (§6.5). When a server fails, the unanswered requests are resent as
    /// [`Pool::plan_failover`] says.
    fn pipeline(
        &mut self,
        keys: &[&[u8]],
        expect: Expect,
        now: i64,
        encode: &mut PipelineEncode<'_>,
        on_reply: &mut PipelineReply<'_>,
    ) {
        // (item, server, primary) jobs still to run.
        let mut jobs: Vec<(usize, usize, bool)> = Vec::new();
        let mut failed_on: Vec<Vec<usize>> = vec![Vec::new(); keys.len()];
        if keys.len() == 1 && self.settings.redundancy <= 1 {
            // The common case, one key on one server, without the grouping below; its request is
            // encoded into a buffer the pool keeps for the next one.
            let Some(server) = self.route(keys[0], now) else { return };
            let mut request = self.take_request_buffer();
            encode(0, None, &mut request);
            let batch = Batch { server, request, expect: Expects::All(expect), responses: 1 };
            let mut errors = RequestErrors::new();
            let since = self.events.len();
            let outcome = self.run_one(&batch, now, &mut |_, _, reply| on_reply(0, reply, &mut errors, server));
            self.keep_request_buffer(batch.request);
            self.report_request_errors(errors);
            if outcome.answered == 1 {
                return;
            }
            self.plan_failover(keys, now, since, &[(server, vec![(0, true)])], &[outcome], &[false], &mut failed_on, &mut jobs);
        } else {
            for (i, k) in keys.iter().enumerate() {
                jobs.extend(self.targets(k, now).into_iter().enumerate().map(|(n, s)| (i, s, n == 0)));
            }
        }
        // Each round marks at least one request as failed on a server it never goes back to, so this
        // ends by itself; the bound is a safety net.
        // Meta: several stores or deletes for one server go as one quiet batch closed by `mn`; only
        // what did not plainly succeed is answered, tagged with the request's opaque.
        let quiet_ok = self.config.protocol.quiet_writes() && matches!(expect, Expect::Store | Expect::Delete);
        let mut rounds = 0;
        while !jobs.is_empty() && rounds <= keys.len() + self.servers.len() {
            let plan = group(jobs.iter().map(|&(i, s, primary)| (s, (i, primary))));
            let quiet: Vec<bool> = plan.iter().map(|(_, items)| quiet_ok && items.len() > 1).collect();
            let batches: Vec<Batch> = plan
                .iter()
                .zip(&quiet)
                .map(|((s, items), &quiet)| {
                    let mut request = Vec::new();
                    for (pos, &(i, _)) in items.iter().enumerate() {
                        encode(i, quiet.then_some(pos as u32), &mut request);
                    }
                    if quiet {
                        self.config.protocol.encode_quiet_end(&mut request);
                    }
                    let responses = if quiet { 1 } else { items.len() };
                    Batch { server: *s, request, expect: Expects::All(expect), responses }
                })
                .collect();
            let mut errors = RequestErrors::new();
            let since = self.events.len();
            // Per quiet batch, which of its requests had a reply of their own.
            let mut tagged: Vec<Vec<bool>> = plan.iter().map(|(_, items)| vec![false; items.len()]).collect();
            let outcomes = self.run(&batches, now, &mut |b, n, reply| {
                let (server, items) = &plan[b];
                if !quiet[b] {
                    return on_reply(items[n.min(items.len() - 1)].0, reply, &mut errors, *server);
                }
                let seen = &mut tagged[b];
                match reply {
                    // `mn`: every request without a reply of its own succeeded.
                    Reply::End => {
                        for (pos, &(i, _)) in items.iter().enumerate() {
                            if !seen[pos] {
                                on_reply(i, Reply::Status { status: Status::Success, line: b"HD" }, &mut errors, *server)?;
                            }
                        }
                        Ok(Flow::Done)
                    }
                    Reply::Tagged { opaque, status, line } => {
                        let pos = opaque as usize;
                        if pos >= items.len() || seen[pos] {
                            return Err(ServerError::Protocol(ProtocolError::Malformed.to_string()));
                        }
                        seen[pos] = true;
                        on_reply(items[pos].0, Reply::Status { status, line }, &mut errors, *server).map(|_| Flow::More)
                    }
                    // An error line carries no opaque: it belongs to a request that is still
                    // unanswered (memcached answers in order), taken to be the first one.
                    other => {
                        let pos = seen.iter().position(|&s| !s).unwrap_or(0);
                        on_reply(items[pos].0, other, &mut errors, *server).map(|_| Flow::More)
                    }
                }
            });
            self.report_request_errors(errors);
            jobs.clear();
            rounds += 1;
            self.plan_failover(keys, now, since, &plan, &outcomes, &quiet, &mut failed_on, &mut jobs);
        }
    }

    /// After a round of `pipeline`: where the unanswered requests of the batches that failed go next.
    ///
    /// - A primary request moves along its key's failover chain to the next usable server it has not
    ///   failed on (§6.4), connected at once, as the reference schedules it; a server that refuses
    ///   there is reported and skipped. A redundant copy is dropped, as in the reference.
    /// - A server that failed during the exchange is reported after its requests have moved on (the
    ///   reference fails them over, connecting to the next servers, before it reports the failure).
    /// - A server whose connection was refused but that is usable again at once (retry_interval 0)
    ///   is tried again by each other request of the batch: the reference schedules, and so connects,
    ///   each request on its own. (It also retries the same dead server once more for each request,
    ///   when the chain has no other server: not copied, see the README.)
    #[allow(clippy::too_many_arguments)]
    fn plan_failover(
        &mut self,
        keys: &[&[u8]],
        now: i64,
        since: usize,
        plan: &[(usize, Vec<(usize, bool)>)],
        outcomes: &[super::dispatch::Outcome],
        quiet: &[bool],
        failed_on: &mut [Vec<usize>],
        jobs: &mut Vec<(usize, usize, bool)>,
    ) {
        for (((s, items), o), &quiet) in plan.iter().zip(outcomes).zip(quiet) {
            // A quiet batch that did not reach its `mn` is resent whole: its silent successes cannot
            // be told from the requests never processed.
            let answered = match quiet {
                true if o.complete => items.len(),
                true => 0,
                false => o.answered,
            };
            let rest = &items[answered.min(items.len())..];
            if o.complete || rest.is_empty() {
                continue;
            }
            let again = o.refused && self.servers[*s].is_usable(now);
            let report_after = if o.refused { None } else { self.take_failure_event(since, *s) };
            for (n, &(i, primary)) in rest.iter().enumerate() {
                if again && n > 0 {
                    jobs.push((i, *s, primary));
                    continue;
                }
                failed_on[i].push(*s);
                if primary && self.settings.allow_failover {
                    if let Some(next) = self.fail_over(keys[i], now, &mut failed_on[i]) {
                        jobs.push((i, next, true));
                    }
                }
            }
            self.events.extend(report_after);
        }
    }

    /// The next server of a key's failover chain that the request has not failed on, connected; a
    /// server that fails to connect is added to `failed_on` (its failure queued) and the chain goes on.
    fn fail_over(&mut self, key: &[u8], now: i64, failed_on: &mut Vec<usize>) -> Option<usize> {
        while failed_on.len() < self.servers.len() {
            let next = self.failover_target(key, now, failed_on)?;
            if self.connect_for(next, now).is_some() {
                return Some(next);
            }
            failed_on.push(next);
        }
        None
    }

    /// Takes out of the events queued since `since` the failure of server `idx`, if there is one.
    fn take_failure_event(&mut self, since: usize, idx: usize) -> Option<super::Event> {
        let spec = &self.servers[idx].spec;
        let at = self.events[since.min(self.events.len())..].iter().position(|e| {
            matches!(e, super::Event::ServerFailed(f) if f.host == spec.host && f.tcp_port == spec.tcp_port && f.udp_port == spec.udp_port)
        })?;
        Some(self.events.remove(since + at))
    }

    /// get/gets of normalised keys (spec §4.6); `single` for a scalar-key call. Returns the hits in
    /// arrival order, each under the key as the server echoed it (ASCII) or as it was asked (binary),
    /// with `index` its position in `keys`. Keys whose server fails are asked again along their
    /// failover chain.
    pub fn get<K: AsRef<[u8]>>(&mut self, keys: &[K], with_cas: bool, single: bool, now: i64) -> Vec<GetItem> {
        if single && keys.len() == 1 {
            match self.get_one(keys[0].as_ref(), with_cas, now) {
                Ok(found) => return found.into_iter().collect(),
                Err(server) => return self.get_general(keys, with_cas, single, now, Some(server)),
            }
        }
        self.get_general(keys, with_cas, single, now, None)
    }

    /// [`Pool::get_each`], collected.
    pub fn get_general<K: AsRef<[u8]>>(
        &mut self,
        keys: &[K],
        with_cas: bool,
        single: bool,
        now: i64,
        failed_first: Option<usize>,
    ) -> Vec<GetItem> {
        let mut items = Vec::new();
        self.get_each(keys, with_cas, single, now, failed_first, &mut |hit| {
            items.push(GetItem::new(hit.key, hit.data, hit.index, hit.flags, hit.cas))
        });
        items
    }

    /// The general get: any number of keys over any number of servers, with failover. Each value is
    /// handed to `sink` as it is decoded, borrowed from the receive buffer, so that a caller can
    /// copy it once, straight into its own result. `failed_first` is a server a single-key get
    /// already failed on, which it then avoids.
    ///
    /// `sink` runs while a server's connection is in use: it must not call back into this pool.
    pub fn get_each<K: AsRef<[u8]>>(
        &mut self,
        keys: &[K],
        with_cas: bool,
        single: bool,
        now: i64,
        failed_first: Option<usize>,
        sink: &mut dyn FnMut(Hit<'_>),
    ) {
        let protocol = self.config.protocol;
        let key = |i: usize| keys[i].as_ref();
        // `pending[n]` is the position in `keys` of the n-th key to ask for. Duplicate keys collapse
        // into one request (ASCII; binary sends them as asked).
        let mut pending: Vec<usize> = Vec::with_capacity(keys.len());
        if protocol == Protocol::Binary || keys.len() == 1 {
            pending.extend(0..keys.len());
        } else {
            first_occurrences(keys, &mut pending);
        }
        let mut failed_on: Vec<Vec<usize>> = vec![Vec::new(); pending.len()];
        // Where the key of a single-key get that failed during the exchange goes next: the reference
        // fails it over at once, connecting to the next server, and only then reports the failure
        // `get_single` held back (see `plan_failover`).
        let mut first_target = None;
        if let (Some(server), Some(f)) = (failed_first, failed_on.first_mut()) {
            f.push(server);
            if let Some(failure) = self.held_failure.take() {
                first_target = Some(self.fail_over(key(pending[0]), now, f));
                self.events.push(failure);
            }
        }
        // Whether a value has arrived for each pending key.
        let mut got = vec![false; pending.len()];
        let mut todo: Vec<(usize, usize)> = Vec::with_capacity(pending.len());
        // Each server's usability is checked once, not once per key. A key whose server is not
        // usable, or that must avoid one, takes the general route, with its failover chain.
        let usable: Vec<bool> = self.servers.iter().map(|s| s.is_usable(now)).collect();
        for (n, &at) in pending.iter().enumerate() {
            if let (0, Some(target)) = (n, first_target) {
                todo.extend(target.map(|s| (0, s)));
                continue;
            }
            let avoid = &failed_on[n];
            match self.primary(key(at)) {
                Some(s) if usable[s] && avoid.is_empty() => todo.push((n, s)),
                _ => todo.extend(self.route_avoiding(key(at), now, avoid).filter(|s| !avoid.contains(s)).map(|s| (n, s))),
            }
        }
        let mut rounds = 0;
        while !todo.is_empty() {
            let mut plan = group(todo.iter().map(|&(n, s)| (s, n)));
            // ASCII multi-gets go over UDP first where a server has a UDP port (spec §7.6).
            if protocol == Protocol::Ascii && !single {
                plan.retain_mut(|(s, ns)| {
                    let s = *s;
                    let group: Vec<&[u8]> = ns.iter().map(|&n| key(pending[n])).collect();
                    if let Some(values) = self.udp_get(s, &group, with_cas) {
                        for v in &values {
                            // A value for a key this request did not ask for is dropped.
                            if let Some(&n) = ns.iter().find(|&&n| !got[n] && key(pending[n]) == v.key()) {
                                got[n] = true;
                                sink(Hit { key: v.key(), index: pending[n], flags: v.flags, cas: v.cas, data: v.data() });
                            }
                        }
                        // Keys without a value are confirmed over TCP (a lost datagram looks like a miss).
                        ns.retain(|&n| !got[n]);
                    }
                    !ns.is_empty()
                });
            }
            let batches: Vec<Batch> = plan
                .iter()
                .map(|(s, ns)| {
                    let group: Vec<&[u8]> = ns.iter().map(|&n| key(pending[n])).collect();
                    let mut request = Vec::new();
                    protocol.encode_get(&group, single, with_cas, &mut request);
                    Batch { server: *s, request, expect: Expects::All(Expect::Value), responses: 1 }
                })
                .collect();
            let one_response = protocol.get_is_one_response(single);
            let mut wins: Vec<(usize, Vec<u8>)> = Vec::new();
            // memcached answers in the order asked, so each batch's search for the key a VALUE names
            // resumes where the last one matched: linear in the batch, not quadratic.
            let mut cursor = vec![0usize; plan.len()];
            let mut asked = |b: usize, k: &[u8]| -> Option<usize> {
                let ns = &plan[b].1;
                if let Some(&n) = ns.get(cursor[b]).filter(|&&n| key(pending[n]) == k) {
                    cursor[b] += 1;
                    return Some(n);
                }
                let start = cursor[b].min(ns.len());
                let p = ns[start..]
                    .iter()
                    .position(|&n| key(pending[n]) == k)
                    .map(|p| start + p)
                    .or_else(|| ns[..start].iter().position(|&n| key(pending[n]) == k))?;
                cursor[b] = p + 1;
                Some(ns[p])
            };
            let outcomes = self.run(&batches, now, &mut |b, _, reply| match reply {
                Reply::Value { key: k, flags, cas, data, opaque, won } => {
                    let n = match protocol {
                        // A key this batch did not ask for is a server failure, not a hit (the
                        // reference hands it out, under the wrong key for a single get).
                        Protocol::Ascii => match asked(b, k) {
                            Some(n) => n,
                            None => return Err(ServerError::Protocol(ProtocolError::UnexpectedKey.to_string())),
                        },
                        // Binary and meta replies carry no key: the opaque is the key's index in
                        // the batch (a single-key meta get sends none: its one key).
                        Protocol::Meta if single => match plan[b].1.first() {
                            Some(&n) => n,
                            None => return Err(ServerError::Protocol(ProtocolError::Malformed.to_string())),
                        },
                        Protocol::Binary | Protocol::Meta => match plan[b].1.get(opaque as usize) {
                            Some(&n) => n,
                            None => return Err(ServerError::Protocol(ProtocolError::Malformed.to_string())),
                        },
                    };
                    got[n] = true;
                    if won {
                        wins.push((plan[b].0, key(pending[n]).to_vec()));
                    }
                    let k = if protocol.matches_by_opaque() { key(pending[n]) } else { k };
                    sink(Hit { key: k, index: pending[n], flags, cas, data });
                    Ok(if one_response { Flow::Done } else { Flow::More })
                }
                Reply::End => Ok(Flow::Done),
                // Binary: an error status is a miss (the one response of a single GET, or one key of
                // a GETQ batch, which goes on to the NOOP).
                Reply::Status { .. } if protocol == Protocol::Binary => {
                    Ok(if one_response { Flow::Done } else { Flow::More })
                }
                // Meta: EN, the miss of a single-key mg (a quiet one sends nothing).
                Reply::Status { status: Status::NotFound, .. } if protocol == Protocol::Meta => {
                    Ok(if one_response { Flow::Done } else { Flow::More })
                }
                // ASCII: any other line where a VALUE was expected (ERROR, SERVER_ERROR, junk) is a
                // server failure, worded as the reference words it.
                _ => Err(ServerError::Protocol(ProtocolError::MalformedValueHeader.to_string())),
            });
            self.give_back_wins(&wins, now);
            todo.clear();
            rounds += 1;
            if !self.settings.allow_failover || rounds >= self.servers.len() {
                break;
            }
            for ((s, ns), o) in plan.iter().zip(outcomes) {
                // Values that arrived before a failure are still returned, as the reference does;
                // the keys that got nothing are asked again elsewhere.
                if o.complete {
                    continue;
                }
                for &n in ns.iter().filter(|&&n| !got[n]) {
                    failed_on[n].push(*s);
                    if let Some(next) = self.failover_target(key(pending[n]), now, &failed_on[n]) {
                        todo.push((n, next));
                    }
                }
            }
        }
    }

    /// The common case of a single-key get, without the machinery for many keys and servers.
    /// Ok(hit or miss) when its server answered (or there is nothing else to try); Err(server) when
    /// that server failed and the general path, with its failover, must take over.
    fn get_one(&mut self, key: &[u8], with_cas: bool, now: i64) -> Result<Option<GetItem>, usize> {
        self.get_single(key, with_cas, now, &mut |flags, cas, data| GetItem::new(b"", data, 0, flags, cas))
    }

    /// A single-key get that hands the value to `sink` (flags, cas, data) straight from the receive
    /// buffer, so that the caller copies it once, into its own string. Results as `get_one`; on
    /// Err(server) call `get` with `single`, which fails over.
    pub fn get_single<T>(
        &mut self,
        key: &[u8],
        with_cas: bool,
        now: i64,
        sink: &mut dyn FnMut(u32, u64, &[u8]) -> T,
    ) -> Result<Option<T>, usize> {
        let protocol = self.config.protocol;
        let Some(server) = self.route(key, now) else { return Ok(None) };
        let since = self.events.len();
        let mut request = self.take_request_buffer();
        protocol.encode_get(&[key], true, with_cas, &mut request);
        let batch = Batch { server, request, expect: Expects::All(Expect::Value), responses: 1 };
        let one_response = protocol.get_is_one_response(true);
        let mut found = None;
        let mut won = false;
        let outcome = self.run_one(&batch, now, &mut |_, _, reply| match reply {
            Reply::Value { key: k, flags, cas, data, won: w, .. } => {
                if (protocol == Protocol::Ascii && k != key) || found.is_some() {
                    return Err(ServerError::Protocol(ProtocolError::UnexpectedKey.to_string()));
                }
                won = w;
                found = Some(sink(flags, cas, data));
                Ok(if one_response { Flow::Done } else { Flow::More })
            }
            Reply::End => Ok(Flow::Done),
            Reply::Status { .. } if protocol == Protocol::Binary => Ok(Flow::Done),
            Reply::Status { status: Status::NotFound, .. } if protocol == Protocol::Meta => Ok(Flow::Done),
            _ => Err(ServerError::Protocol(ProtocolError::MalformedValueHeader.to_string())),
        });
        self.keep_request_buffer(batch.request);
        if won {
            self.give_back_wins(&[(server, key.to_vec())], now);
        }
        match outcome {
            // A value that arrived before a failure is still returned, as the reference does.
            o if o.complete || found.is_some() => Ok(found),
            _ if !self.settings.allow_failover || self.servers.len() < 2 => Ok(None),
            o => {
                // A failure during the exchange is reported after the failover (see `get_each`).
                if !o.refused {
                    self.held_failure = self.take_failure_event(since, server);
                }
                Err(server)
            }
        }
    }

    /// Meta: a plain get that was handed the recache win of a stale item (`W`, see
    /// [`Reply::Value`]) gives it straight back with `md <key> I`, which keeps the item stale and
    /// lets the next reader win: otherwise a `get()` would take the recompute away from the
    /// `remember()` callers, who would be served the stale value until it expires.
    fn give_back_wins(&mut self, wins: &[(usize, Vec<u8>)], now: i64) {
        if wins.is_empty() {
            return;
        }
        let batches: Vec<Batch> = group(wins.iter().map(|(s, k)| (*s, k)))
            .into_iter()
            .map(|(server, keys)| {
                let mut request = Vec::new();
                for k in &keys {
                    crate::protocol::meta::encode_invalidate(k, None, None, &mut request);
                }
                Batch { server, request, expect: Expects::All(Expect::Delete), responses: keys.len() }
            })
            .collect();
        self.run(&batches, now, &mut |_, _, reply| match reply {
            Reply::Status { .. } => Ok(Flow::Done),
            other => Err(unexpected(&other)),
        });
    }

    /// Store commands (spec §4.7, §7.3). None when no server answered (the "unset" of §3.2).
    pub fn store(&mut self, cmd: StoreCommand, items: &[StoreItem<'_>], now: i64) -> Option<bool> {
        let protocol = self.config.protocol;
        let (one, many): ([&[u8]; 1], Vec<&[u8]>);
        let keys: &[&[u8]] = match items {
            [it] => {
                one = [it.key];
                &one
            }
            _ => {
                many = items.iter().map(|it| it.key).collect();
                &many
            }
        };
        let mut result = None;
        self.pipeline(
            keys,
            Expect::Store,
            now,
            &mut |i, quiet, out| {
                let it = &items[i];
                match quiet {
                    Some(o) => protocol.encode_store_quiet(cmd, it.key, it.flags, it.exptime, it.data, it.cas, o, out),
                    None => protocol.encode_store(cmd, it.key, it.flags, it.exptime, it.data, it.cas, out),
                }
            },
            &mut |_, reply, errors, server| match reply {
                Reply::Status { status, line } => match status {
                    Status::Success => {
                        combine(&mut result, true);
                        Ok(Flow::Done)
                    }
                    Status::Exists => {
                        combine(&mut result, false);
                        Ok(Flow::Done)
                    }
                    Status::TooLarge | Status::OutOfMemory | Status::ClientError => {
                        errors.push((server, line.to_vec(), status.code()));
                        combine(&mut result, false);
                        Ok(Flow::Done)
                    }
                    // QUIRK (§7.3): NOT_FOUND to a store (cas of a missing key) is a server failure, code 0.
                    Status::NotFound | Status::ServerError => Err(reply_error(line, 0)),
                },
                other => Err(unexpected(&other)),
            },
        );
        result
    }

    /// delete of normalised keys (spec §4.9): the combined result, None when no server answered.
    pub fn delete(&mut self, keys: &[Vec<u8>], now: i64) -> Option<bool> {
        self.delete_or_invalidate(keys, false, now)
    }

    /// invalidate(): under meta, marks the items stale (`md <key> I`), so that they keep their
    /// value while one `remember()` caller recomputes it; under ASCII and binary, deletes them. The
    /// combined result: false when a key was not there, None when no server answered.
    pub fn invalidate(&mut self, keys: &[Vec<u8>], now: i64) -> Option<bool> {
        let meta = self.config.protocol == Protocol::Meta;
        self.delete_or_invalidate(keys, meta, now)
    }

    fn delete_or_invalidate(&mut self, keys: &[Vec<u8>], mark_stale: bool, now: i64) -> Option<bool> {
        let protocol = self.config.protocol;
        let refs: Vec<&[u8]> = keys.iter().map(|k| k.as_slice()).collect();
        let mut result = None;
        self.pipeline(
            &refs,
            Expect::Delete,
            now,
            &mut |i, quiet, out| match (quiet, mark_stale) {
                (q, true) => crate::protocol::meta::encode_invalidate(&keys[i], None, q, out),
                (Some(o), false) => protocol.encode_delete_quiet(&keys[i], o, out),
                (None, false) => protocol.encode_delete(&keys[i], out),
            },
            &mut |_, reply, errors, server| match reply {
                Reply::Status { status: Status::Success, .. } => {
                    combine(&mut result, true);
                    Ok(Flow::Done)
                }
                Reply::Status { status: Status::NotFound, .. } => {
                    combine(&mut result, false);
                    Ok(Flow::Done)
                }
                Reply::Status { status: Status::ClientError, line } => {
                    errors.push((server, line.to_vec(), Status::ClientError.code()));
                    combine(&mut result, false);
                    Ok(Flow::Done)
                }
                // Everything else, even EXISTS or out-of-memory, is a server failure here (code 0).
                Reply::Status { line, .. } => Err(reply_error(line, 0)),
                other => Err(unexpected(&other)),
            },
        );
        result
    }

    /// incr/decr (spec §4.8): one result per key, in order; with redundancy the last answer wins.
    /// `defval` (initial value, expiry) when the caller passed one: binary creates missing keys with it.
    pub fn counter<K: AsRef<[u8]>>(&mut self, incr: bool, keys: &[K], delta: u64, defval: Option<(u64, u32)>, now: i64) -> Vec<CounterResult> {
        let protocol = self.config.protocol;
        let refs: Vec<&[u8]> = keys.iter().map(|k| k.as_ref()).collect();
        let mut out = vec![CounterResult::Failed; keys.len()];
        self.pipeline(
            &refs,
            Expect::Counter,
            now,
            &mut |i, _, buf| protocol.encode_counter(incr, keys[i].as_ref(), delta, defval, buf),
            &mut |i, reply, errors, server| match reply {
                Reply::Number(n) => {
                    out[i] = CounterResult::Value(protocol.counter_value(n));
                    Ok(Flow::Done)
                }
                Reply::Status { status: Status::Success, .. } => {
                    out[i] = CounterResult::True;
                    Ok(Flow::Done)
                }
                Reply::Status { status: Status::NotFound, .. } => {
                    out[i] = CounterResult::Miss;
                    Ok(Flow::Done)
                }
                Reply::Status { status: Status::ClientError, line } => {
                    errors.push((server, line.to_vec(), Status::ClientError.code()));
                    out[i] = CounterResult::Miss;
                    Ok(Flow::Done)
                }
                Reply::Status { line, .. } => Err(reply_error(line, 0)),
                other => Err(unexpected(&other)),
            },
        );
        out
    }

    /// flush_all on every server at once (spec §4.10): true only if every server answered OK.
    pub fn flush(&mut self, delay: i64, now: i64) -> bool {
        let mut req = Vec::new();
        self.config.protocol.encode_flush(delay, &mut req);
        let batches: Vec<Batch> = (0..self.servers.len())
            .map(|server| Batch { server, request: req.clone(), expect: Expects::All(Expect::Flush), responses: 1 })
            .collect();
        let mut ok = vec![false; batches.len()];
        let mut errors = RequestErrors::new();
        self.run(&batches, now, &mut |b, _, reply| match reply {
            Reply::Status { status: Status::Success, .. } => {
                ok[b] = true;
                Ok(Flow::Done)
            }
            Reply::Status { status: Status::ClientError, line } => {
                errors.push((b, line.to_vec(), Status::ClientError.code()));
                Ok(Flow::Done)
            }
            Reply::Status { line, .. } => Err(reply_error(line, 0)),
            other => Err(unexpected(&other)),
        });
        self.report_request_errors(errors);
        ok.iter().all(|&x| x)
    }

    /// The version of the first server that answers, in insertion order (spec §4.11).
    pub fn version(&mut self, now: i64) -> Option<Vec<u8>> {
        let mut req = Vec::new();
        self.config.protocol.encode_version(&mut req);
        for server in 0..self.servers.len() {
            let mut answer = None;
            let batch = [Batch { server, request: req.clone(), expect: Expects::All(Expect::Version), responses: 1 }];
            self.run(&batch, now, &mut |_, _, reply| match reply {
                Reply::Version(v) => {
                    answer = Some(v.to_vec());
                    Ok(Flow::Done)
                }
                Reply::Status { line, status } => Err(reply_error(line, status.code())),
                other => Err(unexpected(&other)),
            });
            if answer.is_some() {
                return answer;
            }
        }
        None
    }

    /// Stats from each of `servers`, asked at once (spec §4.12).
    pub fn stats(&mut self, servers: &[usize], kind: Option<&[u8]>, slabid: i64, limit: i64, now: i64) -> Vec<StatsResult> {
        let mut req = Vec::new();
        self.config.protocol.encode_stats(kind, slabid, limit, &mut req);
        let batches: Vec<Batch> = servers
            .iter()
            .map(|&server| Batch { server, request: req.clone(), expect: Expects::All(Expect::Stats), responses: 1 })
            .collect();
        let mut tables = vec![StatsTable::default(); batches.len()];
        let mut reset = vec![false; batches.len()];
        let mut errors = RequestErrors::new();
        let outcomes = self.run(&batches, now, &mut |b, _, reply| match reply {
            Reply::Stat(line) => {
                tables[b].push_line(line);
                Ok(Flow::More)
            }
            Reply::Reset => {
                reset[b] = true;
                Ok(Flow::Done)
            }
            Reply::End => Ok(Flow::Done),
            // A client error (e.g. `stats cachedump` without a slab id) ends this request only. The
            // reference keeps waiting for END until it times out; we report it at once.
            Reply::Status { line, status: Status::ClientError } => {
                errors.push((servers[b], line.to_vec(), Status::ClientError.code()));
                tables[b] = StatsTable::default();
                Ok(Flow::Done)
            }
            Reply::Status { line, status } => Err(reply_error(line, status.code())),
            other => Err(unexpected(&other)),
        });
        self.report_request_errors(errors);
        outcomes
            .iter()
            .zip(tables)
            .zip(reset)
            .map(|((o, table), reset)| match (o.complete, reset) {
                (false, _) => StatsResult::Nothing,
                (true, true) => StatsResult::Reset,
                (true, false) if table.is_empty() => StatsResult::Nothing,
                (true, false) => StatsResult::Table(table),
            })
            .collect()
    }
}

/// Pushes onto `out` the position of the first occurrence of each distinct key, in order.
///
/// An open-addressing table of positions, sized for the list: a multi-get pays a few instructions
/// per key for this, instead of a general hash set's allocation and hashing per key.
fn first_occurrences<K: AsRef<[u8]>>(keys: &[K], out: &mut Vec<usize>) {
    const EMPTY: u32 = u32::MAX;
    let size = (keys.len() * 2).next_power_of_two().max(4);
    let mask = size - 1;
    let mut table = vec![EMPTY; size];
    for (i, k) in keys.iter().enumerate() {
        let k = k.as_ref();
        let mut slot = quick_hash(k) as usize & mask;
        loop {
            match table[slot] {
                EMPTY => {
                    table[slot] = i as u32;
                    out.push(i);
                    break;
                }
                j if keys[j as usize].as_ref() == k => break,
                _ => slot = (slot + 1) & mask,
            }
        }
    }
}

/// A fast, non-cryptographic hash of a key (only for `first_occurrences`): its first and last
/// eight bytes and its length, which tell apart the keys an application generates (a shared prefix
/// and a counter at the end); keys that collide only cost a comparison.
fn quick_hash(k: &[u8]) -> u64 {
    const M: u64 = 0x9E37_79B9_7F4A_7C15;
    let word = |b: &[u8]| {
        let mut w = [0u8; 8];
        w[..b.len()].copy_from_slice(b);
        u64::from_le_bytes(w)
    };
    let (head, tail) = if k.len() >= 8 { (word(&k[..8]), word(&k[k.len() - 8..])) } else { (word(k), 0) };
    let h = (head ^ tail.rotate_left(29) ^ k.len() as u64).wrapping_mul(M);
    h ^ (h >> 32)
}

/// Groups (server, item) pairs by server, in server order, keeping the items' order.
fn group<T>(pairs: impl IntoIterator<Item = (usize, T)>) -> Vec<(usize, Vec<T>)> {
    // Indexed by server: pools have a handful of servers and a multi-get has many keys.
    let mut by_server: Vec<Vec<T>> = Vec::new();
    for (s, t) in pairs {
        if s >= by_server.len() {
            by_server.resize_with(s + 1, Vec::new);
        }
        by_server[s].push(t);
    }
    by_server.into_iter().enumerate().filter(|(_, v)| !v.is_empty()).collect()
}

/// §3.2: a success turns "unset" into true; a failure makes the result false for good.
fn combine(result: &mut Option<bool>, answer: bool) {
    *result = Some(result.unwrap_or(true) && answer);
}

fn reply_error(line: &[u8], code: i64) -> ServerError {
    ServerError::Reply { line: String::from_utf8_lossy(line).into_owned(), code }
}

fn unexpected(_reply: &Reply<'_>) -> ServerError {
    ServerError::Protocol(ProtocolError::Malformed.to_string())
}

#[cfg(test)]
mod tests {
    use super::first_occurrences;

    fn firsts(keys: &[&str]) -> Vec<usize> {
        let mut out = Vec::new();
        first_occurrences(keys, &mut out);
        out
    }

    #[test]
    fn duplicates_keep_their_first_position() {
        assert_eq!(firsts(&["a", "b", "a", "c", "b", "a"]), vec![0, 1, 3]);
        assert_eq!(firsts(&["x"]), vec![0]);
        assert_eq!(firsts(&[]), Vec::<usize>::new());
        // Keys that differ only past the first eight bytes, or only in length.
        assert_eq!(firsts(&["prefix:0123456789", "prefix:0123456788", "prefix:0123456789", "prefix:01"]), vec![0, 1, 3]);
        assert_eq!(firsts(&["ab", "ab\0", "ab"]), vec![0, 1]);
    }

    #[test]
    fn many_keys_with_colliding_slots() {
        let keys: Vec<String> = (0..1000).map(|i| format!("k{}", i % 300)).collect();
        assert_eq!(firsts(&keys.iter().map(String::as_str).collect::<Vec<_>>()), (0..300).collect::<Vec<_>>());
    }
}
