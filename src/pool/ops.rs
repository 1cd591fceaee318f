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
    /// The key (as the server echoed it, normalised and prefixed; or the caller's key, see
    /// `rename`) followed by the data.
    bytes: Vec<u8>,
    key_len: usize,
    /// Binary protocol: the position of the key in the caller's list (binary replies are named by
    /// the caller's key, and duplicates are asked one by one). 0 otherwise.
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

    /// Names the item by another key (the caller's, for binary results).
    pub fn rename(&mut self, key: &[u8]) {
        let mut bytes = Vec::with_capacity(key.len() + self.bytes.len() - self.key_len);
        bytes.extend_from_slice(key);
        bytes.extend_from_slice(self.data());
        self.bytes = bytes;
        self.key_len = key.len();
    }
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

/// Request errors noted by reply handlers (server, line, code), reported once the run is over.
type RequestErrors = Vec<(usize, Vec<u8>, i64)>;

impl Pool {
    fn report_request_errors(&mut self, errors: RequestErrors) {
        for (idx, line, code) in errors {
            self.request_failed(idx, &line, code);
        }
    }

    /// Runs one request per item (`encode(i, out)`), pipelined per server, each answered by one
    /// response handled by `on_reply(i, reply, errors, server)`. Items go to their key's server plus
    /// the redundant copies (§6.5). When a server fails mid-flight, the primary request is resent
    /// along the key's failover chain, skipping the servers it already failed on (§6.4); a copy is
    /// dropped, as in the reference.
    fn pipeline(
        &mut self,
        keys: &[&[u8]],
        expect: Expect,
        now: i64,
        encode: &mut dyn FnMut(usize, &mut Vec<u8>),
        on_reply: &mut dyn FnMut(usize, Reply<'_>, &mut RequestErrors, usize) -> Result<Flow, ServerError>,
    ) {
        let mut failed_on: Vec<Vec<usize>> = vec![Vec::new(); keys.len()];
        // (item, server, primary) jobs still to run.
        let mut jobs: Vec<(usize, usize, bool)> = Vec::new();
        if keys.len() == 1 && self.settings.redundancy <= 1 {
            // The common case, one key on one server, without the grouping below.
            let Some(server) = self.route(keys[0], now) else { return };
            let mut request = Vec::new();
            encode(0, &mut request);
            let batch = [Batch { server, request, expect: Expects::All(expect), responses: 1 }];
            let mut errors = RequestErrors::new();
            let outcome = self.run(&batch, now, &mut |_, _, reply| on_reply(0, reply, &mut errors, server));
            self.report_request_errors(errors);
            if outcome.first().is_some_and(|o| o.answered == 1) || !self.settings.allow_failover || self.servers.len() < 2 {
                return;
            }
            failed_on[0].push(server);
            match self.failover_target(keys[0], now, &failed_on[0]) {
                Some(next) => jobs.push((0, next, true)),
                None => return,
            }
        } else {
            for (i, k) in keys.iter().enumerate() {
                jobs.extend(self.targets(k, now).into_iter().enumerate().map(|(n, s)| (i, s, n == 0)));
            }
        }
        let mut rounds = 0;
        while !jobs.is_empty() {
            let plan = group(jobs.iter().map(|&(i, s, primary)| (s, (i, primary))));
            let batches: Vec<Batch> = plan
                .iter()
                .map(|(s, items)| {
                    let mut request = Vec::new();
                    for &(i, _) in items {
                        encode(i, &mut request);
                    }
                    Batch { server: *s, request, expect: Expects::All(expect), responses: items.len() }
                })
                .collect();
            let mut errors = RequestErrors::new();
            let outcomes = self.run(&batches, now, &mut |b, n, reply| {
                let (server, items) = &plan[b];
                on_reply(items[n.min(items.len() - 1)].0, reply, &mut errors, *server)
            });
            self.report_request_errors(errors);
            jobs.clear();
            rounds += 1;
            if !self.settings.allow_failover || rounds >= self.servers.len() {
                break;
            }
            for ((s, items), o) in plan.iter().zip(outcomes) {
                for &(i, primary) in &items[o.answered.min(items.len())..] {
                    failed_on[i].push(*s);
                    if !primary {
                        continue;
                    }
                    if let Some(next) = self.failover_target(keys[i], now, &failed_on[i]) {
                        jobs.push((i, next, true));
                    }
                }
            }
        }
    }

    /// get/gets of normalised keys (spec §4.6); `single` for a scalar-key call. Returns the hits,
    /// grouped by server, each under the key as the server echoed it (ASCII) or as it was asked
    /// (binary). Keys whose server fails are asked again along their failover chain.
    pub fn get(&mut self, keys: &[Vec<u8>], with_cas: bool, single: bool, now: i64) -> Vec<GetItem> {
        if single && keys.len() == 1 {
            match self.get_one(&keys[0], with_cas, now) {
                Ok(found) => return found.into_iter().collect(),
                Err(server) => return self.get_general(keys, with_cas, single, now, Some(server)),
            }
        }
        self.get_general(keys, with_cas, single, now, None)
    }

    /// The general get: any number of keys over any number of servers, with failover. `failed_first`
    /// is a server a single-key get already failed on, which it then avoids.
    pub fn get_general(
        &mut self,
        keys: &[Vec<u8>],
        with_cas: bool,
        single: bool,
        now: i64,
        failed_first: Option<usize>,
    ) -> Vec<GetItem> {
        let protocol = self.config.protocol;
        let mut items: Vec<GetItem> = Vec::new();
        let mut pending: Vec<&[u8]> = Vec::with_capacity(keys.len());
        if protocol == Protocol::Binary || keys.len() == 1 {
            pending.extend(keys.iter().map(|k| k.as_slice()));
        } else {
            // Duplicate keys collapse into one request (ASCII; binary sends them as asked).
            let mut seen = std::collections::HashSet::with_capacity_and_hasher(keys.len(), FastHash);
            pending.extend(keys.iter().map(|k| k.as_slice()).filter(|k| seen.insert(*k)));
        }
        let mut failed_on: Vec<Vec<usize>> = vec![Vec::new(); pending.len()];
        if let (Some(server), Some(f)) = (failed_first, failed_on.first_mut()) {
            f.push(server);
        }
        let mut todo: Vec<(usize, usize)> = pending
            .iter()
            .enumerate()
            .filter_map(|(i, k)| self.route_avoiding(k, now, &failed_on[i]).map(|s| (i, s)))
            .filter(|&(i, s)| !failed_on[i].contains(&s))
            .collect();
        let mut rounds = 0;
        while !todo.is_empty() {
            let mut by_server = group(todo.iter().map(|&(i, s)| (s, i)));
            // ASCII multi-gets go over UDP first where a server has a UDP port (spec §7.6).
            if protocol == Protocol::Ascii && !single {
                by_server.retain_mut(|(s, idxs)| {
                    let s = *s;
                    let group: Vec<&[u8]> = idxs.iter().map(|&i| pending[i]).collect();
                    if let Some(values) = self.udp_get(s, &group, with_cas) {
                        // Keys without a value are confirmed over TCP (a lost datagram looks like a miss).
                        idxs.retain(|&i| !values.iter().any(|v| v.key() == pending[i]));
                        items.extend(values);
                    }
                    !idxs.is_empty()
                });
            }
            let plan = by_server;
            let batches: Vec<Batch> = plan
                .iter()
                .map(|(s, idxs)| {
                    let group: Vec<&[u8]> = idxs.iter().map(|&i| pending[i]).collect();
                    let mut request = Vec::new();
                    protocol.encode_get(&group, single, with_cas, &mut request);
                    Batch { server: *s, request, expect: Expects::All(Expect::Value), responses: 1 }
                })
                .collect();
            let one_response = protocol.get_is_one_response(single);
            let mut got: Vec<Vec<GetItem>> = vec![Vec::new(); plan.len()];
            // memcached answers in the order asked, so each batch's check of "was this key asked
            // for?" resumes where the last one matched: linear in the batch, not quadratic.
            let mut cursor = vec![0usize; plan.len()];
            let mut asked = |b: usize, key: &[u8]| -> bool {
                let idxs = &plan[b].1;
                let start = cursor[b].min(idxs.len());
                let found = idxs[start..].iter().position(|&i| pending[i] == key).map(|p| start + p)
                    .or_else(|| idxs[..start].iter().position(|&i| pending[i] == key));
                if let Some(p) = found {
                    cursor[b] = p + 1;
                }
                found.is_some()
            };
            let outcomes = self.run(&batches, now, &mut |b, _, reply| match reply {
                Reply::Value { key, flags, cas, data, opaque } => {
                    let (key, index) = match protocol {
                        // A key this batch did not ask for is a server failure, not a hit (the
                        // reference hands it out, under the wrong key for a single get).
                        Protocol::Ascii if !asked(b, key) => {
                            return Err(ServerError::Protocol(ProtocolError::UnexpectedKey.to_string()))
                        }
                        Protocol::Ascii => (key, 0),
                        // Binary replies carry no key: the opaque is the key's index in the batch.
                        Protocol::Binary => match plan[b].1.get(opaque as usize) {
                            Some(&i) => (pending[i], i),
                            None => return Err(ServerError::Protocol(ProtocolError::Malformed.to_string())),
                        },
                    };
                    got[b].push(GetItem::new(key, data, index, flags, cas));
                    Ok(if one_response { Flow::Done } else { Flow::More })
                }
                Reply::End => Ok(Flow::Done),
                // Binary: an error status is a miss (the one response of a single GET, or one key of
                // a GETQ batch, which goes on to the NOOP).
                Reply::Status { .. } if protocol == Protocol::Binary => {
                    Ok(if one_response { Flow::Done } else { Flow::More })
                }
                // ASCII: any other line where a VALUE was expected (ERROR, SERVER_ERROR, junk) is a
                // server failure, worded as the reference words it.
                _ => Err(ServerError::Protocol(ProtocolError::MalformedValueHeader.to_string())),
            });
            todo.clear();
            rounds += 1;
            let retry = self.settings.allow_failover && rounds < self.servers.len();
            for (((s, idxs), o), values) in plan.iter().zip(outcomes).zip(got) {
                // Values that arrived before a failure are still returned, as the reference does;
                // the keys that got nothing are asked again elsewhere.
                if !o.complete && retry {
                    for &i in idxs {
                        if values.iter().any(|v| v.key() == pending[i]) {
                            continue;
                        }
                        failed_on[i].push(*s);
                        if let Some(next) = self.failover_target(pending[i], now, &failed_on[i]) {
                            todo.push((i, next));
                        }
                    }
                }
                items.extend(values);
            }
        }
        items
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
        let mut request = Vec::with_capacity(key.len() + 40);
        protocol.encode_get(&[key], true, with_cas, &mut request);
        let batch = [Batch { server, request, expect: Expects::All(Expect::Value), responses: 1 }];
        let one_response = protocol.get_is_one_response(true);
        let mut found = None;
        let outcome = self.run(&batch, now, &mut |_, _, reply| match reply {
            Reply::Value { key: k, flags, cas, data, .. } => {
                if (protocol == Protocol::Ascii && k != key) || found.is_some() {
                    return Err(ServerError::Protocol(ProtocolError::UnexpectedKey.to_string()));
                }
                found = Some(sink(flags, cas, data));
                Ok(if one_response { Flow::Done } else { Flow::More })
            }
            Reply::End => Ok(Flow::Done),
            Reply::Status { .. } if protocol == Protocol::Binary => Ok(Flow::Done),
            _ => Err(ServerError::Protocol(ProtocolError::MalformedValueHeader.to_string())),
        });
        match outcome.first() {
            // A value that arrived before a failure is still returned, as the reference does.
            Some(o) if o.complete || found.is_some() => Ok(found),
            _ if !self.settings.allow_failover || self.servers.len() < 2 => Ok(None),
            _ => Err(server),
        }
    }

    /// Store commands (spec §4.7, §7.3). None when no server answered (the "unset" of §3.2).
    pub fn store(&mut self, cmd: StoreCommand, items: &[StoreItem<'_>], now: i64) -> Option<bool> {
        let protocol = self.config.protocol;
        let keys: Vec<&[u8]> = items.iter().map(|it| it.key).collect();
        let mut result = None;
        self.pipeline(
            &keys,
            Expect::Store,
            now,
            &mut |i, out| {
                let it = &items[i];
                protocol.encode_store(cmd, it.key, it.flags, it.exptime, it.data, it.cas, out)
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
        let protocol = self.config.protocol;
        let refs: Vec<&[u8]> = keys.iter().map(|k| k.as_slice()).collect();
        let mut result = None;
        self.pipeline(
            &refs,
            Expect::Delete,
            now,
            &mut |i, out| protocol.encode_delete(&keys[i], out),
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
    pub fn counter(&mut self, incr: bool, keys: &[Vec<u8>], delta: u64, defval: Option<(u64, u32)>, now: i64) -> Vec<CounterResult> {
        let protocol = self.config.protocol;
        let refs: Vec<&[u8]> = keys.iter().map(|k| k.as_slice()).collect();
        let mut out = vec![CounterResult::Failed; keys.len()];
        self.pipeline(
            &refs,
            Expect::Counter,
            now,
            &mut |i, buf| protocol.encode_counter(incr, &keys[i], delta, defval, buf),
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

/// FNV-1a for the duplicate-key check: keys are short and chosen by the application, and SipHash's
/// flood resistance buys nothing for a set that lives for one call.
#[derive(Clone, Copy, Default)]
struct FastHash;

struct FastHasher(u64);

impl std::hash::BuildHasher for FastHash {
    type Hasher = FastHasher;
    fn build_hasher(&self) -> FastHasher {
        FastHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// Groups (server, item) pairs by server, in server order, keeping the items' order.
fn group<T>(pairs: impl IntoIterator<Item = (usize, T)>) -> Vec<(usize, Vec<T>)> {
    let mut out: Vec<(usize, Vec<T>)> = Vec::new();
    for (s, t) in pairs {
        match out.binary_search_by_key(&s, |g| g.0) {
            Ok(i) => out[i].1.push(t),
            Err(i) => out.insert(i, (s, vec![t])),
        }
    }
    out
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
