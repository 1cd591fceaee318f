//! The operations of a pool, in protocol-neutral terms: each builds requests, runs them on the
//! servers the keys map to, and combines the replies as spec §3.2 and §7.3 say.

use std::collections::BTreeMap;

use super::{Pool, ServerError};
use crate::protocol::{ascii, Expect, ProtocolError, Reply, Status, StoreCommand};
use crate::stats::StatsTable;

/// One VALUE received by a get.
#[derive(Clone, Debug, PartialEq)]
pub struct GetItem {
    /// The key as the server echoed it (normalised, prefixed).
    pub key: Vec<u8>,
    pub flags: u32,
    pub cas: u64,
    pub data: Vec<u8>,
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
    /// The server failed: the key is left out of an array result.
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

/// How a reply handler wants the exchange to go on.
enum Flow {
    /// More replies belong to this response.
    More,
    /// This response is complete.
    Done,
}

/// Request errors noted by reply handlers (line, code), reported once the exchange is over.
type RequestErrors = Vec<(Vec<u8>, i64)>;

impl Pool {
    /// Sends `request` to server `idx`, then decodes replies for `responses` responses.
    /// Returns false if the server failed (it is then deactivated and the event queued).
    fn exchange(
        &mut self,
        idx: usize,
        request: &[u8],
        expect: Expect,
        responses: usize,
        now: i64,
        on_reply: &mut dyn FnMut(Reply<'_>) -> Result<Flow, ServerError>,
    ) -> bool {
        if !self.servers[idx].is_usable(now) {
            return false;
        }
        if self.ensure_connected(idx, now).is_err() {
            return false;
        }
        let server = &mut self.servers[idx];
        let timeout = server.timeout();
        let result = match server.conn() {
            None => Err(ServerError::Net(crate::net::NetError::Closed)),
            Some(conn) => (|| {
                conn.write_all(request, timeout)?;
                let mut left = responses;
                while left > 0 {
                    let decoded = ascii::decode(conn.buffered(), expect).map_err(|e| ServerError::Protocol(e.to_string()))?;
                    match decoded {
                        None => conn.fill(timeout)?,
                        Some((used, reply)) => {
                            let flow = on_reply(reply);
                            conn.consume(used);
                            if let Flow::Done = flow? {
                                left -= 1;
                            }
                        }
                    }
                }
                Ok(())
            })(),
        };
        match result {
            Ok(()) => true,
            Err(e) => {
                self.fail_server(idx, &e, now);
                false
            }
        }
    }

    fn report_request_errors(&mut self, idx: usize, errors: RequestErrors) {
        for (line, code) in errors {
            self.request_failed(idx, &line, code);
        }
    }

    /// Groups normalised keys by the server they route to, keeping first-seen order per server.
    fn group<'k>(&self, keys: impl Iterator<Item = &'k [u8]>, now: i64) -> BTreeMap<usize, Vec<&'k [u8]>> {
        let mut groups: BTreeMap<usize, Vec<&[u8]>> = BTreeMap::new();
        for k in keys {
            if let Some(idx) = self.route(k, now) {
                let g = groups.entry(idx).or_default();
                if !g.contains(&k) {
                    g.push(k);
                }
            }
        }
        groups
    }

    /// get/gets of normalised keys (spec §4.6). Returns the hits, grouped by server.
    pub fn get(&mut self, keys: &[Vec<u8>], with_cas: bool, now: i64) -> Vec<GetItem> {
        let groups = self.group(keys.iter().map(|k| k.as_slice()), now);
        let mut items = Vec::new();
        let mut req = Vec::new();
        for (idx, group) in groups {
            req.clear();
            ascii::encode_get(&group, with_cas, &mut req);
            let mut got = Vec::new();
            let ok = self.exchange(idx, &req, Expect::Value, 1, now, &mut |reply| match reply {
                Reply::Value { key, flags, cas, data } => {
                    got.push(GetItem { key: key.to_vec(), flags, cas, data: data.to_vec() });
                    Ok(Flow::More)
                }
                Reply::End => Ok(Flow::Done),
                // Any other line where a VALUE was expected (ERROR, SERVER_ERROR, junk) is a server
                // failure, worded as the reference words it.
                _ => Err(ServerError::Protocol(ProtocolError::MalformedValueHeader.to_string())),
            });
            // Values that arrived before a failure are still returned, as the reference does.
            let _ = ok;
            items.extend(got);
        }
        items
    }

    /// Runs one request per item, pipelined: the items are grouped by the server their key routes
    /// to, each server gets all its requests in one write, then its replies are read in order.
    /// `encode(i, out)` writes item i's request; `on_reply(i, reply)` handles the replies to it.
    /// Returns, per item, whether its server answered (false: unroutable or the server failed).
    fn pipeline(
        &mut self,
        keys: &[&[u8]],
        expect: Expect,
        now: i64,
        encode: &mut dyn FnMut(usize, &mut Vec<u8>),
        on_reply: &mut dyn FnMut(usize, Reply<'_>, &mut RequestErrors) -> Result<Flow, ServerError>,
    ) -> Vec<bool> {
        let mut answered = vec![false; keys.len()];
        let mut by_server: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for (i, k) in keys.iter().enumerate() {
            if let Some(idx) = self.route(k, now) {
                by_server.entry(idx).or_default().push(i);
            }
        }
        let mut req = Vec::new();
        for (idx, items) in by_server {
            req.clear();
            for &i in &items {
                encode(i, &mut req);
            }
            let mut errors = RequestErrors::new();
            let mut done = 0usize;
            let ok = self.exchange(idx, &req, expect, items.len(), now, &mut |reply| {
                let i = items[done.min(items.len() - 1)];
                let flow = on_reply(i, reply, &mut errors)?;
                if let Flow::Done = flow {
                    done += 1;
                }
                Ok(flow)
            });
            self.report_request_errors(idx, errors);
            // Items answered before a failure keep their answers.
            for &i in &items[..if ok { items.len() } else { done }] {
                answered[i] = true;
            }
        }
        answered
    }

    /// Store commands (spec §4.7, §7.3). Returns None when nothing was attempted (the "unset" of §3.2).
    pub fn store(&mut self, cmd: StoreCommand, items: &[StoreItem<'_>], now: i64) -> Option<bool> {
        let keys: Vec<&[u8]> = items.iter().map(|it| it.key).collect();
        let mut answers = vec![false; items.len()];
        let answered = self.pipeline(
            &keys,
            Expect::Store,
            now,
            &mut |i, out| {
                let it = &items[i];
                ascii::encode_store(cmd, it.key, it.flags, it.exptime, it.data, it.cas, out)
            },
            &mut |i, reply, errors| match reply {
                Reply::Status { status, line } => match status {
                    Status::Success => {
                        answers[i] = true;
                        Ok(Flow::Done)
                    }
                    Status::Exists => Ok(Flow::Done),
                    Status::TooLarge | Status::OutOfMemory | Status::ClientError => {
                        errors.push((line.to_vec(), status.code()));
                        Ok(Flow::Done)
                    }
                    // QUIRK (§7.3): NOT_FOUND to a store (cas of a missing key) is a server failure, code 0.
                    Status::NotFound | Status::ServerError => Err(reply_error(line, 0)),
                },
                other => Err(unexpected(&other)),
            },
        );
        combine_all(&answers, &answered)
    }

    /// delete of normalised keys (spec §4.9): the combined result, None when nothing was attempted.
    pub fn delete(&mut self, keys: &[Vec<u8>], now: i64) -> Option<bool> {
        let refs: Vec<&[u8]> = keys.iter().map(|k| k.as_slice()).collect();
        let mut answers = vec![false; keys.len()];
        let answered = self.pipeline(
            &refs,
            Expect::Delete,
            now,
            &mut |i, out| ascii::encode_delete(&keys[i], out),
            &mut |i, reply, errors| match reply {
                Reply::Status { status: Status::Success, .. } => {
                    answers[i] = true;
                    Ok(Flow::Done)
                }
                Reply::Status { status: Status::NotFound, .. } => Ok(Flow::Done),
                Reply::Status { status: Status::ClientError, line } => {
                    errors.push((line.to_vec(), Status::ClientError.code()));
                    Ok(Flow::Done)
                }
                // Everything else, even EXISTS or out-of-memory, is a server failure here (code 0).
                Reply::Status { line, .. } => Err(reply_error(line, 0)),
                other => Err(unexpected(&other)),
            },
        );
        combine_all(&answers, &answered)
    }

    /// incr/decr (spec §4.8): one result per key, in order.
    pub fn counter(&mut self, incr: bool, keys: &[Vec<u8>], delta: u64, now: i64) -> Vec<CounterResult> {
        let refs: Vec<&[u8]> = keys.iter().map(|k| k.as_slice()).collect();
        let mut out = vec![CounterResult::Miss; keys.len()];
        let answered = self.pipeline(
            &refs,
            Expect::Counter,
            now,
            &mut |i, buf| ascii::encode_counter(incr, &keys[i], delta, buf),
            &mut |i, reply, errors| match reply {
                Reply::Number(n) => {
                    out[i] = CounterResult::Value(crate::protocol::counter_value(n));
                    Ok(Flow::Done)
                }
                Reply::Status { status: Status::Success, .. } => {
                    out[i] = CounterResult::True;
                    Ok(Flow::Done)
                }
                Reply::Status { status: Status::NotFound, .. } => Ok(Flow::Done),
                Reply::Status { status: Status::ClientError, line } => {
                    errors.push((line.to_vec(), Status::ClientError.code()));
                    Ok(Flow::Done)
                }
                Reply::Status { line, .. } => Err(reply_error(line, 0)),
                other => Err(unexpected(&other)),
            },
        );
        for (o, a) in out.iter_mut().zip(answered) {
            if !a {
                *o = CounterResult::Failed;
            }
        }
        out
    }

    /// flush_all on every server (spec §4.10): true only if every server answered OK.
    pub fn flush(&mut self, delay: i64, now: i64) -> bool {
        let mut req = Vec::new();
        ascii::encode_flush(delay, &mut req);
        let mut all = true;
        for idx in 0..self.servers.len() {
            let mut answer = false;
            let mut errors = RequestErrors::new();
            let ok = self.exchange(idx, &req, Expect::Flush, 1, now, &mut |reply| match reply {
                Reply::Status { status: Status::Success, .. } => {
                    answer = true;
                    Ok(Flow::Done)
                }
                Reply::Status { status: Status::ClientError, line } => {
                    errors.push((line.to_vec(), Status::ClientError.code()));
                    Ok(Flow::Done)
                }
                Reply::Status { line, status } => Err(reply_error(line, status.code())),
                other => Err(unexpected(&other)),
            });
            self.report_request_errors(idx, errors);
            all &= ok && answer;
        }
        all
    }

    /// The version of the first server that answers, in insertion order (spec §4.11).
    pub fn version(&mut self, now: i64) -> Option<Vec<u8>> {
        let mut req = Vec::new();
        ascii::encode_version(&mut req);
        for idx in 0..self.servers.len() {
            let mut answer = None;
            self.exchange(idx, &req, Expect::Version, 1, now, &mut |reply| match reply {
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

    /// Stats from server `idx` (spec §4.12).
    pub fn stats(&mut self, idx: usize, kind: Option<&[u8]>, slabid: i64, limit: i64, now: i64) -> StatsResult {
        let mut req = Vec::new();
        ascii::encode_stats(kind, slabid, limit, &mut req);
        let mut table = StatsTable::default();
        let mut reset = false;
        let mut errors = RequestErrors::new();
        let ok = self.exchange(idx, &req, Expect::Stats, 1, now, &mut |reply| match reply {
            Reply::Stat(line) => {
                table.push_line(line);
                Ok(Flow::More)
            }
            Reply::Reset => {
                reset = true;
                Ok(Flow::Done)
            }
            Reply::End => Ok(Flow::Done),
            // A client error (e.g. `stats cachedump` without a slab id) ends this request only. The
            // reference keeps waiting for END until it times out; we report it at once.
            Reply::Status { line, status: Status::ClientError } => {
                errors.push((line.to_vec(), Status::ClientError.code()));
                table = StatsTable::default();
                Ok(Flow::Done)
            }
            Reply::Status { line, status } => Err(reply_error(line, status.code())),
            other => Err(unexpected(&other)),
        });
        self.report_request_errors(idx, errors);
        match (ok, reset) {
            (false, _) => StatsResult::Nothing,
            (true, true) => StatsResult::Reset,
            (true, false) if table.is_empty() => StatsResult::Nothing,
            (true, false) => StatsResult::Table(table),
        }
    }
}

/// §3.2: unset (None) when no item was attempted; otherwise true only if every item succeeded
/// (an item whose server failed counts as false).
fn combine_all(answers: &[bool], answered: &[bool]) -> Option<bool> {
    if answers.is_empty() {
        return None;
    }
    Some(answers.iter().zip(answered).all(|(ok, a)| *ok && *a))
}

fn reply_error(line: &[u8], code: i64) -> ServerError {
    ServerError::Reply { line: String::from_utf8_lossy(line).into_owned(), code }
}

fn unexpected(_reply: &Reply<'_>) -> ServerError {
    ServerError::Protocol(crate::protocol::ProtocolError::Malformed.to_string())
}
