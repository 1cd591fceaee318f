//! The session save handler's logic (spec §8), without PHP: parsing the save path, and the lock /
//! read / write / destroy policy over a [`Pool`]. `php/session.rs` wires it to PHP's `ps_module`.

use std::time::Duration;

use crate::pool::{Pool, ServerSpec};
use crate::value::{self, Compression, Decoded, Value};

/// A save path that could not be parsed: the byte offset of the failing URL, and the URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub offset: usize,
    pub url: String,
}

/// Why a save path gives no usable pool.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathError {
    /// The reference's `Failed to parse memcache.save_path (...)` warning.
    Parse(ParseError),
    /// No servers, or one with no host, weight <= 0 or timeout <= 0: open() fails quietly.
    Unusable,
}

/// One URL as PHP's `parse_url()` splits it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UrlParts {
    pub scheme: Option<String>,
    pub host: Option<String>,
    pub port: u16,
    pub path: Option<String>,
    pub query: Option<String>,
}

/// Parses a save path (spec §8.1): URLs separated by commas and/or whitespace, each split by
/// `parse_url` (PHP's own URL parser in production, so that exactly the same paths are accepted).
/// `unix:` (lower case only) is read as `file:`, and `file:///path` names a unix socket; a trailing
/// `:0` is dropped. Query parameters: persistent, udp_port, weight, timeout, retry_interval.
pub fn parse_save_path(path: &str, parse_url: &mut dyn FnMut(&str) -> Option<UrlParts>) -> Result<Vec<ServerSpec>, PathError> {
    let mut out = Vec::new();
    let bytes = path.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b',' || bytes[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i] != b',' && !bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let entry = &path[start..i];
        let translated;
        let entry = match entry.strip_prefix("unix:") {
            Some(rest) => {
                translated = format!("file:{rest}");
                translated.as_str()
            }
            None => entry,
        };
        // The reference reports the entry's offset but the whole path.
        let url = parse_url(entry).ok_or_else(|| PathError::Parse(ParseError { offset: start, url: path.to_string() }))?;
        out.push(server_from_url(&url).ok_or(PathError::Unusable)?);
    }
    if out.is_empty() {
        return Err(PathError::Unusable);
    }
    Ok(out)
}

/// The server a parsed URL names; None when it has no host, or a weight or timeout <= 0.
fn server_from_url(url: &UrlParts) -> Option<ServerSpec> {
    let mut spec = ServerSpec {
        host: String::new(),
        tcp_port: url.port,
        udp_port: 0,
        persistent: false,
        weight: 1,
        timeout: 1.0,
        retry_interval: 15,
        status: true,
        tls: Default::default(),
    };
    let mut weight: i64 = 1;
    for pair in url.query.as_deref().unwrap_or("").split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        match k {
            "persistent" => spec.persistent = !matches!(v, "" | "0"),
            "udp_port" => spec.udp_port = value::parse_long(v.as_bytes()).clamp(0, 65535) as u16,
            "weight" => weight = value::parse_long(v.as_bytes()),
            "timeout" => spec.timeout = value::parse_double(v.as_bytes()),
            "retry_interval" => spec.retry_interval = value::parse_long(v.as_bytes()),
            _ => {}
        }
    }
    match (&url.scheme, &url.path) {
        (Some(scheme), Some(path)) if scheme == "file" => {
            let path = path.strip_suffix(":0").unwrap_or(path);
            spec.host = format!("unix://{path}");
            spec.tcp_port = 0;
        }
        // `tls://` entries keep their scheme: it is what makes the server a TLS one (issue 13).
        (Some(scheme), _) if scheme == "tls" => {
            spec.host = format!("{}{}", crate::net::TLS_PREFIX, url.host.as_deref().filter(|h| !h.is_empty())?);
            spec.udp_port = 0;
        }
        _ => spec.host = url.host.clone().filter(|h| !h.is_empty())?,
    }
    if weight <= 0 || spec.timeout.is_nan() || spec.timeout <= 0.0 {
        return None;
    }
    spec.weight = weight.min(u32::MAX as i64) as u32;
    Some(spec)
}

/// How long a read waits for a lock: the back-off starts at `first`, doubles up to `max`, and the
/// whole wait is bounded by `budget` (the reference: 5 ms, 1 s, 2 × lock_timeout).
#[derive(Clone, Copy, Debug)]
pub struct LockWait {
    pub first: Duration,
    pub max: Duration,
    pub budget: Duration,
}

/// The session key layout and settings for one request.
pub struct SessionKeys {
    pub key: Vec<u8>,
    pub lock_key: Vec<u8>,
}

impl SessionKeys {
    /// `prefix + id`, normalised as any key (spec §8.2); the lock key appends `.lock`.
    pub fn new(prefix: &[u8], id: &[u8]) -> Option<SessionKeys> {
        let key = crate::key::normalize_key(prefix, id)?.into_owned();
        let mut lock_key = key.clone();
        lock_key.extend_from_slice(b".lock");
        Some(SessionKeys { key, lock_key })
    }
}

/// What a read found: the session data (empty when none) and the servers whose lock it holds.
pub struct ReadResult {
    pub data: Vec<u8>,
    pub locked: Vec<usize>,
}

/// read (spec §8.4): lock and read on the first chain server; move on to the next one when the
/// lock is ours but the data is missing; wait and retry while the lock is someone else's, up to the
/// budget, after which the session reads as empty. Never fails.
///
/// `max_len` bounds how far a compressed session may inflate (the caller's memory limit).
#[allow(clippy::too_many_arguments)]
pub fn read(
    pool: &mut Pool,
    keys: &SessionKeys,
    redundancy: usize,
    lock_timeout: u32,
    wait: LockWait,
    max_len: usize,
    now: i64,
) -> ReadResult {
    let servers = pool.session_servers(&keys.key, redundancy, now);
    // The budget counts the sleeps, as the reference does: the sleep that uses it up is not
    // followed by another attempt (with lock_timeout 1: 9 attempts over about 2.3 s).
    let mut waited = Duration::ZERO;
    let mut locked = Vec::new();
    let mut pause = wait.first;
    for server in servers {
        // None: the server is unreachable, skip it.
        while let Some(attempt) = pool.session_try_lock(server, &keys.key, &keys.lock_key, lock_timeout, now) {
            if attempt.locked {
                locked.push(server);
                if let Some(data) = attempt.data.and_then(|(flags, payload)| as_string(flags, &payload, max_len)) {
                    return ReadResult { data, locked };
                }
                break; // our lock, but no data here: try the redundant copy
            }
            if waited >= wait.budget {
                return ReadResult { data: Vec::new(), locked };
            }
            std::thread::sleep(pause);
            waited += pause;
            pause = (pause * 2).min(wait.max);
            if waited >= wait.budget {
                return ReadResult { data: Vec::new(), locked };
            }
        }
    }
    ReadResult { data: Vec::new(), locked }
}

/// A stored session value, if it decodes to a PHP string within `max_len` bytes.
pub fn as_string(flags: u32, payload: &[u8], max_len: usize) -> Option<Vec<u8>> {
    match value::decode_limited(flags, payload, max_len) {
        Ok(Decoded::Str(s)) => Some(s.into_owned()),
        _ => None,
    }
}

/// write (spec §8.5): the data, compressed like any string, with absolute expiry `now + lifetime`,
/// on every chain server, each followed by the lock release.
pub fn write(pool: &mut Pool, keys: &SessionKeys, data: &[u8], lifetime: i64, redundancy: usize, lock_timeout: u32, now: i64) -> bool {
    let compression: Compression = pool.config.compression;
    let Ok((flags, payload)) = value::encode(Value::Str(data), 0, &compression) else { return false };
    let servers = pool.session_servers(&keys.key, redundancy, now);
    let exptime = now.saturating_add(lifetime).clamp(0, u32::MAX as i64) as u32;
    pool.session_write(&servers, &keys.key, flags, &payload, exptime, &keys.lock_key, lock_timeout, now)
}

/// destroy (spec §8.6).
pub fn destroy(pool: &mut Pool, keys: &SessionKeys, redundancy: usize, now: i64) -> bool {
    let servers = pool.session_servers(&keys.key, redundancy, now);
    pool.session_destroy(&servers, &keys.key, &keys.lock_key, now)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small stand-in for PHP's parse_url(), enough for these paths.
    fn url(s: &str) -> Option<UrlParts> {
        let (s, query) = match s.split_once('?') {
            Some((a, q)) => (a, Some(q.to_string())),
            None => (s, None),
        };
        let (scheme, rest) = match s.split_once("://") {
            Some((sc, r)) => (Some(sc.to_string()), r),
            None => (None, s),
        };
        if scheme.as_deref() == Some("file") {
            return Some(UrlParts { scheme, path: Some(rest.to_string()), query, ..Default::default() });
        }
        let (host, port) = match rest.rsplit_once(':') {
            Some((h, p)) => (h, p.parse::<u16>().ok()?),
            None => (rest, 0),
        };
        Some(UrlParts { scheme, host: Some(host.to_string()), port, path: None, query })
    }

    fn parse(path: &str) -> Result<Vec<ServerSpec>, PathError> {
        parse_save_path(path, &mut url)
    }

    fn hosts(path: &str) -> Vec<(String, u16)> {
        parse(path).unwrap_or_default().into_iter().map(|s| (s.host, s.tcp_port)).collect()
    }

    #[test]
    fn lists_are_split_on_commas_and_whitespace() {
        assert_eq!(
            hosts("tcp://a:1, b:2 ,,\tudp://c:3"),
            vec![("a".into(), 1), ("b".into(), 2), ("c".into(), 3)]
        );
        assert_eq!(hosts(",  unix:///sock:0?weight=1, "), vec![("unix:///sock".into(), 0)]);
        assert_eq!(hosts("file:///tmp/m.sock"), vec![("unix:///tmp/m.sock".into(), 0)]);
    }

    #[test]
    fn query_parameters() {
        let s = parse("tcp://h:5?persistent=1&udp_port=7&weight=3&timeout=0.5&retry_interval=2").unwrap_or_default();
        assert_eq!(s.len(), 1);
        assert!(s[0].persistent);
        assert_eq!((s[0].udp_port, s[0].weight, s[0].timeout, s[0].retry_interval), (7, 3, 0.5, 2));
    }

    #[test]
    fn tls_entries_keep_their_scheme_and_use_tcp_only() {
        let s = parse("tls://10.0.0.1:11211?persistent=1&weight=2&udp_port=5, tcp://b:2, unix:///s").unwrap_or_default();
        let got: Vec<_> = s.iter().map(|s| (s.host.as_str(), s.tcp_port, s.udp_port, s.weight, s.persistent)).collect();
        assert_eq!(got, vec![("tls://10.0.0.1", 11211, 0, 2, true), ("b", 2, 0, 1, false), ("unix:///s", 0, 0, 1, false)]);
    }

    #[test]
    fn a_semicolon_is_not_a_separator() {
        // The first server's query string swallows the rest.
        assert_eq!(hosts("tcp://a:1?x=1;tcp://b:2"), vec![("a".into(), 1)]);
    }

    #[test]
    fn unusable_and_unparsable_paths() {
        assert_eq!(parse(""), Err(PathError::Unusable));
        assert_eq!(parse(" , "), Err(PathError::Unusable));
        assert_eq!(parse("tcp://h:1?weight=0"), Err(PathError::Unusable));
        assert_eq!(parse("tcp://h:1?timeout=0"), Err(PathError::Unusable));
        assert_eq!(parse("tcp://:1"), Err(PathError::Unusable));
        assert_eq!(
            parse("a:1,tcp://h:99999"),
            Err(PathError::Parse(ParseError { offset: 4, url: "a:1,tcp://h:99999".into() }))
        );
        // No port: port 0, usable for parsing (the server itself then fails).
        assert_eq!(hosts("tcp://h"), vec![("h".into(), 0)]);
    }

    #[test]
    fn keys() {
        let k = SessionKeys::new(b"pfx_", b"abc").map(|k| (k.key, k.lock_key));
        assert_eq!(k, Some((b"pfx_abc".to_vec(), b"pfx_abc.lock".to_vec())));
        assert!(SessionKeys::new(b"", b"").is_none());
    }
}
