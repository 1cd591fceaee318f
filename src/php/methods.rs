//! The handlers behind MemcachePool's and Memcache's methods. Each one also serves the procedural
//! function of the same name: `zend_parse_method_parameters` takes the object from `$this` when
//! called as a method, and from the first argument (checked against the class) otherwise.
//!
//! Every handler: parse arguments (PHP's own zpp, so coercion and TypeErrors match the reference),
//! convert, call the pool, report the pool's events, set the return value.

use std::borrow::Cow;
use std::ffi::c_char;
use std::ptr::{self, null_mut};
use std::sync::atomic::Ordering::Relaxed;

use super::ffi::{self, zend_execute_data, zval};
use super::object::{self, MEMCACHE_CE, POOL_CE};
use super::{convert, ini, report};
use crate::pool::{CounterResult, Pool, ServerSpec, StatsResult, StoreItem};
use crate::protocol::{Protocol, StoreCommand};

/// Defines an `extern "C"` handler whose body cannot unwind into PHP.
macro_rules! handler {
    ($(#[$m:meta])* $name:ident($ex:ident, $rv:ident) $body:block) => {
        $(#[$m])*
        pub unsafe extern "C" fn $name($ex: *mut zend_execute_data, $rv: *mut zval) {
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| $body));
            if r.is_err() {
                report::warning("Internal error in the memcache extension");
                ffi::zv_set_bool($rv, false);
            }
        }
    };
}

pub fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}

fn pool_ce() -> *mut ffi::zend_class_entry {
    POOL_CE.load(Relaxed)
}

/// Parses `spec` (which starts with "O") for a method or its procedural twin; false if zpp failed
/// (it has then thrown).
macro_rules! parse {
    ($ex:ident, $spec:literal, $obj:ident, $ce:expr $(, $arg:expr)*) => {
        ffi::zend_parse_method_parameters(
            ffi::num_args($ex),
            ffi::this_ptr($ex),
            $spec.as_ptr(),
            &mut $obj as *mut *mut zval,
            $ce
            $(, $arg)*
        ) == 0
    };
}

/// Reports what the last operation queued; the pool must not be used after this (a callback may
/// have replaced the object's `connection`).
unsafe fn finish(obj: *mut zval, pool: &mut Pool) {
    let events = pool.take_events();
    if !events.is_empty() {
        report::events(obj, events, pool.callback_installed);
    }
}

unsafe fn c_str<'a>(p: *const c_char, len: usize) -> &'a [u8] {
    if p.is_null() {
        b""
    } else {
        std::slice::from_raw_parts(p as *const u8, len)
    }
}

// ---------------------------------------------------------------------------------------------
// Servers

struct AddArgs {
    host: Vec<u8>,
    tcp_port: i64,
    udp_port: i64,
    persistent: bool,
    weight: i64,
    timeout: f64,
    retry_interval: i64,
    status: bool,
}

impl AddArgs {
    fn new(host: &[u8]) -> AddArgs {
        AddArgs {
            host: host.to_vec(),
            tcp_port: ini::DEFAULT_PORT.load(Relaxed),
            udp_port: 0,
            persistent: true,
            weight: 1,
            timeout: 1.0,
            retry_interval: 15,
            status: true,
        }
    }
}

/// Validates and adds a server (spec §4.1); returns its index.
unsafe fn add_server(this: *mut zval, a: &AddArgs) -> Option<(usize, &'static mut Pool)> {
    if a.weight < 1 {
        report::warning("weight must be a positive integer");
        return None;
    }
    // QUIRK (spec §4.1): the reference's upper bound is 65635; values up to it wrap to 16 bits.
    if a.tcp_port < 0 || a.tcp_port > 65635 {
        report::warning("invalid tcp port number");
        return None;
    }
    if a.udp_port < 0 || a.udp_port > 65635 {
        report::warning("invalid udp port number");
        return None;
    }
    let pool = object::pool_for_add(this)?;
    // Beyond the reference (issue 13): a tls:// server is used over TCP only (the binary protocol's
    // own notice below says so already).
    let tls_host = crate::net::is_tls(&String::from_utf8_lossy(&a.host));
    if tls_host && a.udp_port != 0 && pool.config.protocol != Protocol::Binary {
        report::notice("UDP is not encrypted: a tls:// server is used over TCP only");
    }
    let mut udp_port = a.udp_port;
    if udp_port != 0 && pool.config.protocol == crate::protocol::Protocol::Binary {
        report::notice("binary protocol isn't support over UDP, defaulting to TCP");
        udp_port = 0;
    }
    // The meta protocol has no UDP reads either: the same notice, in the same words.
    if udp_port != 0 && pool.config.protocol == crate::protocol::Protocol::Meta {
        report::notice("meta protocol isn't support over UDP, defaulting to TCP");
        udp_port = 0;
    }
    let spec = ServerSpec {
        host: String::from_utf8_lossy(&a.host).into_owned(),
        tcp_port: a.tcp_port as u16,
        udp_port: if tls_host { 0 } else { udp_port as u16 },
        // Persistence needs both flags (spec §4.1: a server added with status=false is never persistent).
        persistent: a.persistent && a.status,
        weight: a.weight.min(u32::MAX as i64) as u32,
        timeout: a.timeout,
        retry_interval: a.retry_interval,
        status: a.status,
        tls: if tls_host { ini::tls_settings() } else { Default::default() },
    };
    let idx = pool.add_server(spec);
    if pool.config.protocol == Protocol::Binary {
        if let (Some(s), Some(credentials)) = (pool.server_mut(idx), sasl_credentials(this)) {
            s.credentials = Some(credentials);
            // With credentials the reference connects at once, to authenticate: a server that cannot
            // be reached fails the call, and stays in the pool, failed.
            if !pool.open_for_auth(idx, now()) {
                finish(this, pool);
                return None;
            }
        }
    }
    Some((idx, pool))
}

/// The object's `username`/`password` properties when both are strings longer than one byte
/// (spec §7.5). The reference cuts them at the first NUL byte.
unsafe fn sasl_credentials(this: *mut zval) -> Option<crate::pool::Credentials> {
    let text = |name: &str| -> Option<Vec<u8>> {
        let zv = object::property(this, name);
        if zv.is_null() || ffi::z_type(zv) != ffi::IS_STRING {
            return None;
        }
        let b = ffi::zstr_bytes((*zv).value.str_);
        let b = &b[..b.iter().position(|&c| c == 0).unwrap_or(b.len())];
        (b.len() > 1).then(|| b.to_vec())
    };
    Some(crate::pool::Credentials { user: text("username")?, password: text("password")? })
}

/// Adds a server and connects to it at once (connect/pconnect).
unsafe fn connect_server(this: *mut zval, a: &AddArgs) -> bool {
    let Some((idx, pool)) = add_server(this, a) else { return false };
    if pool.connect(idx, now()) {
        return true;
    }
    let failure = pool.servers()[idx].last_failure();
    finish(this, pool);
    // Printed even when a failure callback threw: the exception propagates afterwards. The port is
    // the server's, cut to 16 bits as addServer stores it (65536 shows as 0).
    let (error, errno) = failure.unwrap_or_else(|| ("Unknown error".to_string(), 0));
    let port = a.tcp_port as u16;
    report::warning(&format!("Can't connect to {}:{}, {} ({})", String::from_utf8_lossy(&a.host), port, error, errno));
    false
}

handler!(
    /// MemcachePool::connect($host, $tcp_port, $udp_port, $persistent, $weight, $timeout, $retry_interval)
    pool_connect(ex, rv) {
        // Like every connect/addServer of the reference, the key prefix is recomputed first, even
        // when the call then fails.
        object::refresh_key_prefix();
        let this = ffi::this_ptr(ex);
        let (mut host, mut host_len) = (null_mut::<c_char>(), 0usize);
        let mut a = AddArgs::new(b"");
        if ffi::zend_parse_parameters(ffi::num_args(ex), c"s|llbldl".as_ptr(), &mut host, &mut host_len,
            &mut a.tcp_port, &mut a.udp_port, &mut a.persistent, &mut a.weight, &mut a.timeout, &mut a.retry_interval) != 0 {
            return;
        }
        a.host = c_str(host, host_len).to_vec();
        ffi::zv_set_bool(rv, connect_server(this, &a));
    }
);

handler!(
    /// MemcachePool::addServer($host, $tcp_port, $udp_port, $persistent, $weight, $timeout, $retry_interval, $status)
    pool_addserver(ex, rv) {
        object::refresh_key_prefix();
        let this = ffi::this_ptr(ex);
        let (mut host, mut host_len) = (null_mut::<c_char>(), 0usize);
        let mut a = AddArgs::new(b"");
        if ffi::zend_parse_parameters(ffi::num_args(ex), c"s|llbldlb".as_ptr(), &mut host, &mut host_len,
            &mut a.tcp_port, &mut a.udp_port, &mut a.persistent, &mut a.weight, &mut a.timeout,
            &mut a.retry_interval, &mut a.status) != 0 {
            return;
        }
        a.host = c_str(host, host_len).to_vec();
        ffi::zv_set_bool(rv, add_server(this, &a).is_some());
    }
);

/// Parses the legacy `connect($host, $port = default|null, $timeout = 1.0)` arguments, after
/// recomputing the key prefix (as every connect of the reference does first).
unsafe fn legacy_connect_args(ex: *mut zend_execute_data) -> Option<AddArgs> {
    object::refresh_key_prefix();
    let (mut host, mut host_len) = (null_mut::<c_char>(), 0usize);
    let mut port: i64 = ini::DEFAULT_PORT.load(Relaxed);
    let mut port_null = false;
    let mut timeout = 1.0f64;
    if ffi::zend_parse_parameters(ffi::num_args(ex), c"s|l!d".as_ptr(), &mut host, &mut host_len, &mut port,
        &mut port_null, &mut timeout) != 0 {
        return None;
    }
    let mut a = AddArgs::new(c_str(host, host_len));
    // An explicit null port means port 0 without a deprecation (spec §4.1, unlike Debian's 8.0 build),
    // which only unix:// hosts can use.
    a.tcp_port = if port_null { 0 } else { port };
    a.timeout = timeout;
    Some(a)
}

unsafe fn memcache_connect_method(ex: *mut zend_execute_data, rv: *mut zval, persistent: bool) {
    let this = ffi::this_ptr(ex);
    let Some(mut a) = legacy_connect_args(ex) else { return };
    a.persistent = persistent;
    ffi::zv_set_bool(rv, connect_server(this, &a));
}

handler!(
    /// Memcache::connect($host, $port, $timeout)
    mc_connect(ex, rv) { memcache_connect_method(ex, rv, false) }
);

handler!(
    /// Memcache::pconnect($host, $port, $timeout)
    mc_pconnect(ex, rv) { memcache_connect_method(ex, rv, true) }
);

/// memcache_connect()/memcache_pconnect(): a new Memcache object, connected, or false.
pub unsafe fn connect_function(ex: *mut zend_execute_data, rv: *mut zval, persistent: bool) {
    let Some(mut a) = legacy_connect_args(ex) else { return };
    a.persistent = persistent;
    let mut obj = ffi::zv_undef();
    if ffi::object_init_ex(&mut *obj, MEMCACHE_CE.load(Relaxed)) != 0 {
        ffi::zv_set_bool(rv, false);
        return;
    }
    if connect_server(&mut *obj, &a) {
        ptr::write(rv, obj.into_inner());
    } else {
        ffi::zval_ptr_dtor(&mut *obj);
        ffi::zv_set_bool(rv, false);
    }
}

/// True when `cb` may be installed as the failure callback (null clears it).
unsafe fn valid_callback(cb: *mut zval) -> bool {
    cb.is_null() || ffi::z_type(cb) == ffi::IS_NULL || ffi::zend_is_callable(cb, 0, null_mut())
}

/// Installs (or, for null, removes) the pool's failure callback: the `_failureCallback` property,
/// which is read again each time the callback fires (spec §4.3, §5.4).
unsafe fn set_callback(obj: *mut zval, cb: *mut zval) {
    let clear = cb.is_null() || ffi::z_type(ffi::z_deref(cb)) == ffi::IS_NULL;
    if let object::Lookup::Found(pool) = object::lookup(obj) {
        pool.callback_installed = !clear;
    }
    let mut v = ffi::zv_undef();
    if clear {
        ffi::zv_set_null(&mut *v);
        object::set_property(obj, "_failureCallback", &mut *v);
    } else {
        object::set_property(obj, "_failureCallback", ffi::z_deref(cb));
    }
}

handler!(
    /// Memcache::addServer($host, $tcp_port, $persistent, $weight, $timeout, $retry_interval, $status, $failure_callback)
    /// and memcache_add_server() (which requires a Memcache object).
    mc_addserver(ex, rv) {
        object::refresh_key_prefix();
        let mut obj: *mut zval = null_mut();
        let (mut host, mut host_len) = (null_mut::<c_char>(), 0usize);
        let mut a = AddArgs::new(b"");
        let mut cb: *mut zval = null_mut();
        if !parse!(ex, c"Os|lbldlbz", obj, MEMCACHE_CE.load(Relaxed), &mut host, &mut host_len, &mut a.tcp_port,
            &mut a.persistent, &mut a.weight, &mut a.timeout, &mut a.retry_interval, &mut a.status, &mut cb) {
            return;
        }
        if !valid_callback(cb) {
            report::warning("Invalid failure callback");
            ffi::zv_set_bool(rv, false);
            return;
        }
        a.host = c_str(host, host_len).to_vec();
        let added = add_server(obj, &a).is_some();
        if added && !cb.is_null() && ffi::z_type(ffi::z_deref(cb)) != ffi::IS_NULL {
            set_callback(obj, cb);
        }
        ffi::zv_set_bool(rv, added);
    }
);

handler!(
    /// setServerParams($host, $tcp_port, $timeout, $retry_interval, $status, $failure_callback) (spec §4.2)
    setserverparams(ex, rv) {
        let mut obj: *mut zval = null_mut();
        let (mut host, mut host_len) = (null_mut::<c_char>(), 0usize);
        let mut port: i64 = ini::DEFAULT_PORT.load(Relaxed);
        let mut timeout = 1.0f64;
        let mut retry: i64 = 15;
        let mut status = true;
        let mut cb: *mut zval = null_mut();
        if !parse!(ex, c"Os|ldlbz", obj, pool_ce(), &mut host, &mut host_len, &mut port, &mut timeout, &mut retry,
            &mut status, &mut cb) {
            return;
        }
        ffi::zv_set_bool(rv, false);
        let Some(pool) = object::pool_for_op(obj) else { return };
        let host = String::from_utf8_lossy(c_str(host, host_len)).into_owned();
        let Some(idx) = pool.find(&host, port as u16).filter(|_| (0..=65535).contains(&port)) else {
            report::warning("Server not found in pool");
            return;
        };
        if !valid_callback(cb) {
            report::warning("Invalid failure callback");
            return;
        }
        if let Some(s) = pool.server_mut(idx) {
            s.spec.timeout = timeout;
            s.set_retry_interval(retry);
            if status {
                s.revive();
            } else {
                s.set_status_failed();
            }
        }
        pool.lower_io_timeout(timeout);
        if !cb.is_null() {
            set_callback(obj, cb);
        }
        ffi::zv_set_bool(rv, true);
    }
);

handler!(
    /// setFailureCallback(?callable $failure_callback) (spec §4.3)
    setfailurecallback(ex, rv) {
        let mut obj: *mut zval = null_mut();
        let mut cb: *mut zval = null_mut();
        if !parse!(ex, c"Oz", obj, pool_ce(), &mut cb) {
            return;
        }
        ffi::zv_set_bool(rv, false);
        if object::pool_for_op(obj).is_none() {
            return;
        }
        if !valid_callback(cb) {
            report::warning("Invalid failure callback");
            ffi::zv_set_bool(rv, false);
            return;
        }
        set_callback(obj, cb);
        ffi::zv_set_bool(rv, true);
    }
);

handler!(
    /// getServerStatus($host, $tcp_port) (spec §4.4)
    getserverstatus(ex, rv) {
        let mut obj: *mut zval = null_mut();
        let (mut host, mut host_len) = (null_mut::<c_char>(), 0usize);
        let mut port: i64 = ini::DEFAULT_PORT.load(Relaxed);
        if !parse!(ex, c"Os|l", obj, pool_ce(), &mut host, &mut host_len, &mut port) {
            return;
        }
        ffi::zv_set_bool(rv, false);
        let Some(pool) = object::pool_for_op(obj) else { return };
        let host = String::from_utf8_lossy(c_str(host, host_len)).into_owned();
        match pool.find(&host, port as u16).filter(|_| (0..=65535).contains(&port)) {
            None => report::warning("Server not found in pool"),
            Some(idx) => {
                let failed = matches!(pool.servers()[idx].state(), crate::pool::ServerState::Failed { .. });
                ffi::zv_set_long(rv, if failed { 0 } else { 1 });
            }
        }
    }
);

handler!(
    /// findServer($key) (spec §4.5)
    findserver(ex, rv) {
        let this = ffi::this_ptr(ex);
        let mut key: *mut zval = null_mut();
        if ffi::zend_parse_parameters(ffi::num_args(ex), c"z".as_ptr(), &mut key) != 0 {
            return;
        }
        ffi::zv_set_bool(rv, false);
        if object::pool_with_servers(this).is_none() {
            return;
        }
        let raw = convert::to_bytes(key);
        let Some(pool) = object::pool_for_op(this) else { return };
        let Some(k) = convert::normalize(&raw) else { return };
        if let Some(idx) = pool.route(&k, now()) {
            let s = &pool.servers()[idx].spec;
            ffi::zv_set_bytes(rv, format!("{}:{}", s.host, s.tcp_port).as_bytes());
        }
    }
);

/// The object for a method without arguments: `$this` (extra arguments are ignored, as in the
/// reference), or the parsed first argument of the procedural form.
unsafe fn object_only(ex: *mut zend_execute_data) -> Option<*mut zval> {
    let this = ffi::this_ptr(ex);
    if !this.is_null() {
        return Some(this);
    }
    let mut obj: *mut zval = null_mut();
    if !parse!(ex, c"O", obj, pool_ce()) {
        return None;
    }
    Some(obj)
}

handler!(
    /// getVersion() (spec §4.11)
    getversion(ex, rv) {
        let Some(obj) = object_only(ex) else { return };
        ffi::zv_set_bool(rv, false);
        let Some(pool) = object::pool_for_op(obj) else { return };
        let v = pool.version(now());
        finish(obj, pool);
        if let Some(v) = v {
            ffi::zv_set_bytes(rv, &v);
        }
    }
);

handler!(
    /// close() (spec §4.14)
    close(ex, rv) {
        let Some(obj) = object_only(ex) else { return };
        ffi::zv_set_bool(rv, false);
        let Some(pool) = object::pool_for_op(obj) else { return };
        pool.close();
        ffi::zv_set_bool(rv, true);
    }
);

handler!(
    /// flush($delay) (spec §4.10)
    flush(ex, rv) {
        let mut obj: *mut zval = null_mut();
        let mut delay: i64 = 0;
        if !parse!(ex, c"O|l", obj, pool_ce(), &mut delay) {
            return;
        }
        ffi::zv_set_bool(rv, false);
        let Some(pool) = object::pool_for_op(obj) else { return };
        let ok = pool.flush(delay, now());
        finish(obj, pool);
        ffi::zv_set_bool(rv, ok);
    }
);

handler!(
    /// setCompressThreshold($threshold, $min_savings) (spec §4.13)
    setcompressthreshold(ex, rv) {
        let mut obj: *mut zval = null_mut();
        let mut threshold: i64 = 0;
        let mut min_savings = 0.2f64;
        if !parse!(ex, c"Ol|d", obj, pool_ce(), &mut threshold, &mut min_savings) {
            return;
        }
        ffi::zv_set_bool(rv, false);
        let Some(pool) = object::pool_for_op(obj) else { return };
        if threshold < 0 {
            report::warning("threshold must be a positive integer");
            return;
        }
        pool.config.compression.threshold = threshold.min(u32::MAX as i64) as u32;
        if min_savings != 0.2 {
            if !(0.0..=1.0).contains(&min_savings) {
                report::warning("min_savings must be a float in the 0..1 range");
                return;
            }
            pool.config.compression.min_savings = min_savings;
        } else {
            // As in the reference: a call without min_savings (or with 0.2) sets it back to 0.2.
            pool.config.compression.min_savings = 0.2;
        }
        ffi::zv_set_bool(rv, true);
    }
);

handler!(
    /// setSaslAuthData($username, $password) (spec §4.15)
    set_sasl_auth_data(ex, rv) {
        let mut obj: *mut zval = null_mut();
        let (mut user, mut user_len) = (null_mut::<c_char>(), 0usize);
        let (mut pass, mut pass_len) = (null_mut::<c_char>(), 0usize);
        if !parse!(ex, c"Oss", obj, pool_ce(), &mut user, &mut user_len, &mut pass, &mut pass_len) {
            return;
        }
        if user_len == 0 || pass_len == 0 {
            ffi::zv_set_bool(rv, false);
            return;
        }
        for (name, p, len) in [("username", user, user_len), ("password", pass, pass_len)] {
            let mut v = ffi::zv_undef();
            ffi::zv_set_bytes(&mut *v, c_str(p, len));
            object::set_property(obj, name, &mut *v);
            ffi::zval_ptr_dtor(&mut *v);
        }
        ffi::zv_set_bool(rv, true);
    }
);

// ---------------------------------------------------------------------------------------------
// Keys and values

unsafe fn store(ex: *mut zend_execute_data, rv: *mut zval, cmd: StoreCommand) {
    let mut obj: *mut zval = null_mut();
    let mut key: *mut zval = null_mut();
    let mut value: *mut zval = null_mut();
    let (mut flags, mut exptime, mut cas): (i64, i64, i64) = (0, 0, 0);
    if !parse!(ex, c"Oz|zlll", obj, pool_ce(), &mut key, &mut value, &mut flags, &mut exptime, &mut cas) {
        return;
    }
    let key = ffi::z_deref(key);
    let is_array = ffi::z_type(key) == ffi::IS_ARRAY;
    ffi::zv_set_bool(rv, false);
    // The reference looks for the pool and its servers before it checks for a missing value.
    let Some(pool) = object::pool_with_servers(obj) else { return };
    if !is_array && value.is_null() {
        ffi::zend_wrong_param_count();
        return;
    }
    let compression = pool.config.compression;
    let (flags, exptime, cas) = (flags as u32, exptime as u32, cas as u64);

    // Convert everything first: serialisation may run user code, which must not see a borrowed pool.
    let mut prepared: Vec<(Vec<u8>, Option<convert::Encoded>)> = Vec::new();
    if is_array {
        let ht = (*key).value.arr;
        for (k, v) in array_entries(ht) {
            let raw = match k {
                ArrayKey::Str(s) => s,
                // Integer keys are formatted unsigned (spec §4.7): -1 becomes 18446744073709551615.
                ArrayKey::Int(i) => (i as u64).to_string().into_bytes(),
            };
            let Some(k) = convert::normalize(&raw).map(Cow::into_owned) else { continue };
            // An item that fails to serialize is skipped; the others are still stored, and the
            // exception propagates when the method returns (as in the reference).
            let enc = convert::encode(v, flags, &compression);
            prepared.push((k, enc));
        }
    } else {
        // One key: no lists to build.
        let raw = convert::to_bytes(key);
        let Some(k) = convert::normalize(&raw) else { return };
        let enc = convert::encode(value, flags, &compression);
        let Some(pool) = object::pool_for_op(obj) else { return };
        let result = match &enc {
            Some(e) => pool.store(cmd, &[StoreItem { key: &k, flags: e.flags, exptime, data: &e.data, cas }], now()),
            None => Some(false),
        };
        finish(obj, pool);
        ffi::zv_set_bool(rv, result.unwrap_or(false));
        return;
    }
    let Some(pool) = object::pool_for_op(obj) else { return };
    let mut result = None;
    let items: Vec<StoreItem<'_>> = prepared
        .iter()
        .filter_map(|(k, enc)| match enc {
            Some(e) => Some(StoreItem { key: k, flags: e.flags, exptime, data: &e.data, cas }),
            None => {
                result = Some(false);
                None
            }
        })
        .collect();
    if !items.is_empty() {
        let r = pool.store(cmd, &items, now());
        result = match (result, r) {
            (Some(false), _) => Some(false),
            (_, r) => r,
        };
    }
    finish(obj, pool);
    ffi::zv_set_bool(rv, result.unwrap_or(false));
}

handler!(add(ex, rv) { store(ex, rv, StoreCommand::Add) });
handler!(set(ex, rv) { store(ex, rv, StoreCommand::Set) });
handler!(replace(ex, rv) { store(ex, rv, StoreCommand::Replace) });
handler!(cas(ex, rv) { store(ex, rv, StoreCommand::Cas) });
handler!(append(ex, rv) { store(ex, rv, StoreCommand::Append) });
handler!(prepend(ex, rv) { store(ex, rv, StoreCommand::Prepend) });

pub enum ArrayKey {
    Str(Vec<u8>),
    Int(i64),
}

/// Calls `f(index, bucket, value)` for each element of a PHP array, in order. `bucket` is None in a
/// packed array (whose keys are the indexes); a value behind an IS_INDIRECT slot is followed.
unsafe fn for_each_element(ht: *mut ffi::HashTable, mut f: impl FnMut(u32, Option<*mut ext_php_rs::ffi::Bucket>, *mut zval)) {
    let ht = &*ht;
    // Packed arrays store bare zvals; hashed arrays store Buckets { zval, h, key }.
    let packed = ht.u.flags & (1 << 2) != 0; // HASH_FLAG_PACKED
    for i in 0..ht.nNumUsed {
        let (bucket, zv) = if packed {
            (None, ht.__bindgen_anon_1.arPacked.add(i as usize))
        } else {
            let b = ht.__bindgen_anon_1.arData.add(i as usize);
            (Some(b), ptr::addr_of_mut!((*b).val))
        };
        if ffi::z_type(zv) == ffi::IS_UNDEF {
            continue;
        }
        let zv = if ffi::z_type(zv) == ffi::IS_INDIRECT { (*zv).value.zv } else { zv };
        if ffi::z_type(zv) != ffi::IS_UNDEF {
            f(i, bucket, zv);
        }
    }
}

/// The values of a PHP array in order.
pub unsafe fn array_values(ht: *mut ffi::HashTable) -> Vec<*mut zval> {
    let mut out = Vec::with_capacity((*ht).nNumOfElements as usize);
    for_each_element(ht, |_, _, zv| out.push(zv));
    out
}

/// The entries of a PHP array in order.
pub unsafe fn array_entries(ht: *mut ffi::HashTable) -> Vec<(ArrayKey, *mut zval)> {
    let mut out = Vec::with_capacity((*ht).nNumOfElements as usize);
    for_each_element(ht, |i, bucket, zv| {
        let key = match bucket {
            None => ArrayKey::Int(i as i64),
            Some(b) if (*b).key.is_null() => ArrayKey::Int((*b).h as i64),
            Some(b) => ArrayKey::Str(ffi::zstr_bytes((*b).key).to_vec()),
        };
        out.push((key, zv));
    });
    out
}

handler!(
    /// get($key, &$flags, &$cas) (spec §4.6)
    get(ex, rv) {
        let mut obj: *mut zval = null_mut();
        let mut key: *mut zval = null_mut();
        let mut flags_ref: *mut zval = null_mut();
        let mut cas_ref: *mut zval = null_mut();
        if !parse!(ex, c"Oz|zz", obj, pool_ce(), &mut key, &mut flags_ref, &mut cas_ref) {
            return;
        }
        ffi::zv_set_bool(rv, false);
        let key = ffi::z_deref(key);
        let with_cas = !cas_ref.is_null();
        if object::pool_with_servers(obj).is_none() {
            return;
        }
        if ffi::z_type(key) == ffi::IS_ARRAY {
            let (_, pairs) = keys_of(key);
            let Some(pool) = object::pool_for_op(obj) else { return };
            // Binary results are named by the caller's key (spec §4.6), ASCII ones as the server echoes them.
            let binary = pool.config.protocol == Protocol::Binary;
            let mut out = MultiResult::new(pairs.len(), !flags_ref.is_null(), !cas_ref.is_null());
            if !pairs.is_empty() {
                let keys: Vec<&[u8]> = pairs.iter().map(|a| a.key.as_ref()).collect();
                pool.get_each(&keys, with_cas, false, now(), None, &mut |hit| {
                    let arg = &pairs[hit.index];
                    // The caller's own string names the result when it is the key as asked and
                    // echoed: no new key string, and its hash is computed once and kept.
                    let name = if binary { &arg.raw } else { hit.key };
                    out.add(name, arg.string, hit.flags, hit.cas, hit.data)
                });
            }
            finish(obj, pool);
            out.finish(rv, flags_ref, cas_ref);
            return;
        }
        let raw = convert::to_bytes(key);
        let Some(pool) = object::pool_for_op(obj) else { return };
        let Some(k) = convert::normalize(&raw) else { return };
        // A plain string goes straight from the receive buffer into the PHP string: one copy.
        let mut sink = |flags: u32, cas: u64, data: &[u8]| -> (u32, u64, Got) {
            if convert::is_plain_string(flags) && convert::fits_in_memory(data.len()) {
                (flags, cas, Got::Str(ffi::zstr_new(data)))
            } else {
                (flags, cas, Got::Raw(data.to_vec()))
            }
        };
        let found = match pool.get_single(&k, with_cas, now(), &mut sink) {
            Ok(found) => found,
            Err(server) => pool
                .get_general(std::slice::from_ref(&k), with_cas, true, now(), Some(server))
                .into_iter()
                .next()
                .map(|it| (it.flags, it.cas, Got::Raw(it.data().to_vec()))),
        };
        finish(obj, pool);
        let Some((flags, cas, got)) = found else { return };
        let mut v = ffi::zv_undef();
        match got {
            Got::Str(s) => ffi::zv_set_str(&mut *v, s),
            Got::Raw(data) => {
                if !convert::decode(flags, &data, &mut *v) {
                    return;
                }
            }
        }
        // QUIRK (spec §4.6): a stored null reads back as false from a single-key get.
        if ffi::z_type(&*v) == ffi::IS_NULL {
            ffi::zv_set_bool(&mut *v, false);
        }
        ptr::write(rv, v.into_inner());
        let mut f = ffi::zv_undef();
        ffi::zv_set_long(&mut *f, flags as i64);
        ffi::assign_ref(flags_ref, &mut *f);
        let mut c = ffi::zv_undef();
        ffi::zv_set_long(&mut *c, cas as i64);
        ffi::assign_ref(cas_ref, &mut *c);
    }
);

/// A single get's value: a PHP string made straight from the wire, or bytes still to decode.
enum Got {
    Str(*mut ffi::zend_string),
    Raw(Vec<u8>),
}

/// The result of an array get, built as the values arrive (spec §4.6): the values, and the flags
/// and CAS arrays when the caller passed those references.
///
/// A value that needs PHP code or may fail with a notice (serialized, compressed) or that is too
/// large for the memory left is kept aside during the exchange, under a null placeholder that holds
/// its place in arrival order, and decoded by `finish`.
struct MultiResult {
    values: *mut ffi::HashTable,
    flags: Option<*mut ffi::HashTable>,
    cas: Option<*mut ffi::HashTable>,
    hits: usize,
    later: Vec<(Vec<u8>, u32, Vec<u8>)>,
    /// Bytes that may still be allocated under memory_limit, as last asked, less what was made since.
    room: usize,
}

impl MultiResult {
    /// For a get of `keys` keys: the arrays are made with room for that many hits (up to a cap, as
    /// most of a very long list may miss).
    unsafe fn new(keys: usize, flags: bool, cas: bool) -> MultiResult {
        let room = keys.min(1024);
        MultiResult {
            values: ffi::new_array_sized(room),
            flags: flags.then(|| ffi::new_array_sized(room)),
            cas: cas.then(|| ffi::new_array_sized(room)),
            hits: 0,
            later: Vec::new(),
            room: 0,
        }
    }

    /// Adds a value under `name`; `string`, when not null, is a PHP string holding `name`, used as
    /// the key instead of a copy.
    unsafe fn add(&mut self, name: &[u8], string: *mut ffi::zend_string, flags: u32, cas: u64, data: &[u8]) {
        let mut v = ffi::zv_undef();
        // An allocation takes the string's header and rounding too: count 64 bytes more.
        let cost = data.len() + 64;
        if cost > self.room {
            self.room = convert::string_room();
        }
        if cost > self.room || !convert::decodes_quietly(flags) {
            ffi::zv_set_null(&mut *v);
            self.later.push((name.to_vec(), flags, data.to_vec()));
        } else if convert::is_plain_string(flags) {
            self.room -= cost;
            ffi::zv_set_str(&mut *v, ffi::zstr_new(data));
        } else {
            convert::decode(flags, data, &mut *v);
        }
        if string.is_null() {
            ffi::symtable_update(self.values, name, &mut *v);
        } else {
            ffi::symtable_update_str(self.values, string, &mut *v);
        }
        if let Some(arr) = self.flags {
            let mut f = ffi::zv_undef();
            ffi::zv_set_long(&mut *f, flags as i64);
            ffi::symtable_update(arr, name, &mut *f);
        }
        if let Some(arr) = self.cas {
            let mut c = ffi::zv_undef();
            ffi::zv_set_long(&mut *c, cas as i64);
            ffi::symtable_update(arr, name, &mut *c);
        }
        self.hits += 1;
    }

    /// Decodes the values kept aside (a value that fails to decode is left out, with the notice),
    /// then returns the values and, when there was a hit, sets the flags and CAS references.
    unsafe fn finish(mut self, rv: *mut zval, flags_ref: *mut zval, cas_ref: *mut zval) {
        let later = std::mem::take(&mut self.later);
        let mut failed = false;
        for (name, flags, data) in &later {
            let mut v = ffi::zv_undef();
            // After an exception (thrown by an __unserialize or __wakeup), nothing more is decoded.
            if !failed && convert::decode(*flags, data, &mut *v) {
                ffi::symtable_update(self.values, name, &mut *v);
                continue;
            }
            failed |= ffi::exception_pending();
            self.hits -= 1;
            for arr in [Some(self.values), self.flags, self.cas].into_iter().flatten() {
                ffi::symtable_del(arr, name);
            }
        }
        ffi::zv_set_arr(rv, self.values);
        for (arr, target) in [(self.flags, flags_ref), (self.cas, cas_ref)] {
            let Some(arr) = arr else { continue };
            let mut z = ffi::zv_undef();
            ffi::zv_set_arr(&mut *z, arr);
            if self.hits > 0 {
                ffi::assign_ref(target, &mut *z);
            } else {
                ffi::zval_ptr_dtor(&mut *z);
            }
        }
    }
}

/// One key of a scalar-or-array key argument.
struct KeyArg<'a> {
    /// As the caller gave it, converted to a string.
    raw: Cow<'a, [u8]>,
    /// Normalised (spec §3.1); borrows the caller's string when it needs no change.
    key: Cow<'a, [u8]>,
    /// The caller's PHP string when it is the normalised key as is, else null.
    string: *mut ffi::zend_string,
}

/// The keys of a scalar-or-array key argument (invalid ones warned about and left out), and whether
/// it was an array. A key whose conversion throws is an invalid key: as in the reference, the others
/// are still converted and used, and the exception propagates when the call returns.
unsafe fn keys_of<'a>(key: *mut zval) -> (bool, Vec<KeyArg<'a>>) {
    // A copy of the prefix (usually empty: no allocation): converting a key may run PHP code.
    let prefix = object::with_key_prefix(<[u8]>::to_vec);
    let pair = |zv: *mut zval| {
        // The usual key: a string that is already normal, used as it is.
        let s = ffi::z_deref(zv);
        if prefix.is_empty() && ffi::z_type(s) == ffi::IS_STRING {
            let string = (*s).value.str_;
            let b = ffi::zstr_bytes(string);
            if crate::key::is_normal(b) {
                return Some(KeyArg { raw: Cow::Borrowed(b), key: Cow::Borrowed(b), string });
            }
        }
        // Any other key is converted, then normalised into a copy (a normalised key borrowed from
        // its string is the case above).
        let raw = convert::to_bytes(zv);
        let key = Cow::Owned(convert::normalize_with(&prefix, &raw)?.into_owned());
        Some(KeyArg { raw, key, string: null_mut() })
    };
    let key = ffi::z_deref(key);
    if ffi::z_type(key) == ffi::IS_ARRAY {
        let values = array_values((*key).value.arr);
        let mut out = Vec::with_capacity(values.len());
        for v in values {
            out.extend(pair(v));
        }
        (true, out)
    } else {
        (false, pair(key).into_iter().collect())
    }
}

handler!(
    /// delete($key, $exptime) — the expiry is accepted and ignored (QUIRK, spec §4.9).
    delete(ex, rv) {
        let mut obj: *mut zval = null_mut();
        let mut key: *mut zval = null_mut();
        let mut exptime: i64 = 0;
        if !parse!(ex, c"Oz|l", obj, pool_ce(), &mut key, &mut exptime) {
            return;
        }
        ffi::zv_set_bool(rv, false);
        if object::pool_with_servers(obj).is_none() {
            return;
        }
        let (is_array, keys) = keys_of(key);
        if !is_array && keys.is_empty() {
            return;
        }
        let Some(pool) = object::pool_for_op(obj) else { return };
        let keys: Vec<Vec<u8>> = keys.into_iter().map(|a| a.key.into_owned()).collect();
        let r = pool.delete(&keys, now());
        finish(obj, pool);
        ffi::zv_set_bool(rv, r.unwrap_or(false));
    }
);

unsafe fn counter(ex: *mut zend_execute_data, rv: *mut zval, incr: bool) {
    let mut obj: *mut zval = null_mut();
    let mut key: *mut zval = null_mut();
    let (mut value, mut defval, mut exptime): (i64, i64, i64) = (1, 0, 0);
    if !parse!(ex, c"Oz|lll", obj, pool_ce(), &mut key, &mut value, &mut defval, &mut exptime) {
        return;
    }
    // "defval supplied" means the argument was passed at all: 3 arguments for the method, 4 for
    // the function (spec §4.8). Only the binary protocol uses it.
    let args_before_defval = if ffi::this_ptr(ex).is_null() { 3 } else { 2 };
    let defval = (ffi::num_args(ex) > args_before_defval).then_some((defval as u64, exptime as u32));
    ffi::zv_set_bool(rv, false);
    if object::pool_with_servers(obj).is_none() {
        return;
    }
    let (is_array, keys) = keys_of(key);
    if !is_array && keys.is_empty() {
        return;
    }
    let Some(pool) = object::pool_for_op(obj) else { return };
    // decrement negates the delta, then a negative delta flips the direction (spec §4.8). As in the
    // reference, the negation wraps: decrement(PHP_INT_MIN) is a decrement of 2^63, like
    // increment(PHP_INT_MIN).
    let value = if incr { value } else { value.wrapping_neg() };
    let (incr, delta) = (value >= 0, value.unsigned_abs());
    let normalised: Vec<&[u8]> = keys.iter().map(|a| a.key.as_ref()).collect();
    let results = if normalised.is_empty() { Vec::new() } else { pool.counter(incr, &normalised, delta, defval, now()) };
    // Array results are named by the normalised key in ASCII, the caller's key in binary.
    let binary = pool.config.protocol == Protocol::Binary;
    finish(obj, pool);
    if !is_array {
        match results.first() {
            Some(CounterResult::Value(n)) => ffi::zv_set_long(rv, *n),
            Some(CounterResult::True) => ffi::zv_set_bool(rv, true),
            _ => {}
        }
        return;
    }
    let arr = ffi::new_array();
    for (KeyArg { raw, key: normalised, .. }, r) in keys.iter().zip(results) {
        // Successes are named by the normalised key in ASCII and the caller's key in binary; the
        // failures' NUL-suffixed names always use the normalised key.
        let k: &[u8] = if binary { raw } else { normalised };
        let mut v = ffi::zv_undef();
        match r {
            CounterResult::Value(n) => ffi::zv_set_long(&mut *v, n),
            CounterResult::True => ffi::zv_set_bool(&mut *v, true),
            CounterResult::Failed => continue,
            CounterResult::Miss => {
                // QUIRK (spec §4.8): a failed key is reported under its name plus a NUL byte.
                ffi::zv_set_bool(&mut *v, false);
                let mut name = normalised.to_vec();
                name.push(0);
                ffi::symtable_update(arr, &name, &mut *v);
                continue;
            }
        }
        ffi::symtable_update(arr, k, &mut *v);
    }
    ffi::zv_set_arr(rv, arr);
}

handler!(increment(ex, rv) { counter(ex, rv, true) });
handler!(decrement(ex, rv) { counter(ex, rv, false) });

// ---------------------------------------------------------------------------------------------
// Stats

const STATS_TYPES: [&[u8]; 6] = [b"reset", b"malloc", b"slabs", b"cachedump", b"items", b"sizes"];

/// getStats/getExtendedStats's arguments with their pool and object: (pool, object, type, slabid, limit).
type StatsArgs = (&'static mut Pool, *mut zval, Option<Vec<u8>>, i64, i64);

/// Parses getStats arguments and finds the pool; None if zpp failed, there is no server, or the type
/// is invalid (warned, after the pool check as in the reference).
unsafe fn stats_args(ex: *mut zend_execute_data, rv: *mut zval) -> Option<StatsArgs> {
    let mut obj: *mut zval = null_mut();
    let (mut kind, mut kind_len) = (null_mut::<c_char>(), 0usize);
    let (mut slabid, mut limit): (i64, i64) = (0, 100);
    if !parse!(ex, c"O|sll", obj, pool_ce(), &mut kind, &mut kind_len, &mut slabid, &mut limit) {
        return None;
    }
    ffi::zv_set_bool(rv, false);
    let pool = object::pool_with_servers(obj)?;
    let kind = if kind.is_null() { None } else { Some(c_str(kind, kind_len).to_vec()) };
    if let Some(k) = &kind {
        if !STATS_TYPES.contains(&k.as_slice()) {
            report::warning("Invalid stats type");
            return None;
        }
    }
    Some((pool, obj, kind, slabid, limit))
}

unsafe fn stats_to_zval(r: &StatsResult, zv: *mut zval) {
    match r {
        StatsResult::Nothing => ffi::zv_set_bool(zv, false),
        StatsResult::Reset => ffi::zv_set_bool(zv, true),
        StatsResult::Table(t) => ffi::zv_set_arr(zv, table_to_array(t)),
    }
}

unsafe fn table_to_array(t: &crate::stats::StatsTable) -> *mut ffi::HashTable {
    use crate::stats::{StatsKey, StatsValue};
    let arr = ffi::new_array();
    for (k, v) in &t.entries {
        let mut zv = ffi::zv_undef();
        match v {
            StatsValue::Str(s) => ffi::zv_set_bytes(&mut *zv, s),
            StatsValue::Table(t) => ffi::zv_set_arr(&mut *zv, table_to_array(t)),
        }
        match k {
            StatsKey::Index(i) => {
                ffi::zend_hash_index_update(arr, *i as u64, &mut *zv);
            }
            StatsKey::Name(n) => {
                ffi::zend_hash_str_update(arr, n.as_ptr() as *const c_char, n.len(), &mut *zv);
            }
        }
    }
    arr
}

handler!(
    /// getStats($type, $slabid, $limit): the first server's non-false result (spec §4.12).
    getstats(ex, rv) {
        let Some((pool, obj, kind, slabid, limit)) = stats_args(ex, rv) else { return };
        let mut result = StatsResult::Nothing;
        for idx in 0..pool.servers().len() {
            result = pool.stats(&[idx], kind.as_deref(), slabid, limit, now()).pop().unwrap_or(StatsResult::Nothing);
            if result != StatsResult::Nothing {
                break;
            }
        }
        finish(obj, pool);
        stats_to_zval(&result, rv);
    }
);

handler!(
    /// getExtendedStats($type, $slabid, $limit): `"host:port" => result` for every server.
    getextendedstats(ex, rv) {
        let Some((pool, obj, kind, slabid, limit)) = stats_args(ex, rv) else { return };
        let names: Vec<String> = pool.servers().iter().map(|s| format!("{}:{}", s.spec.host, s.spec.tcp_port)).collect();
        let all: Vec<usize> = (0..names.len()).collect();
        let results: Vec<(String, StatsResult)> =
            names.into_iter().zip(pool.stats(&all, kind.as_deref(), slabid, limit, now())).collect();
        finish(obj, pool);
        let arr = ffi::new_array();
        for (name, r) in &results {
            let mut zv = ffi::zv_undef();
            stats_to_zval(r, &mut *zv);
            ffi::zend_hash_str_update(arr, name.as_ptr() as *const c_char, name.len(), &mut *zv);
        }
        ffi::zv_set_arr(rv, arr);
    }
);


// ---------------------------------------------------------------------------------------------
// remember() and invalidate()

/// How often a `remember()` waiter asks again: from 2 ms, doubling up to 50 ms.
const REMEMBER_WAIT_FIRST: std::time::Duration = std::time::Duration::from_millis(2);
const REMEMBER_WAIT_MAX: std::time::Duration = std::time::Duration::from_millis(50);

handler!(
    /// remember(string $key, callable $compute, int $ttl = 0, int $stale = 0, int $flags = 0): mixed
    /// (see `crate::remember`): the state machine runs in the core; this only calls `$compute($key)`
    /// with no pool borrowed, and converts.
    remember(ex, rv) {
        use crate::remember::{Remember, Settings, Step};
        let mut obj: *mut zval = null_mut();
        let (mut key, mut key_len) = (null_mut::<c_char>(), 0usize);
        let mut compute: *mut zval = null_mut();
        let (mut ttl, mut stale, mut flags): (i64, i64, i64) = (0, 0, 0);
        if !parse!(ex, c"Osz|lll", obj, pool_ce(), &mut key, &mut key_len, &mut compute, &mut ttl, &mut stale, &mut flags) {
            return;
        }
        ffi::zv_set_bool(rv, false);
        if !ffi::zend_is_callable(compute, 0, null_mut()) {
            let n = if ffi::this_ptr(ex).is_null() { 3 } else { 2 };
            report::type_error(&format!("Argument #{n} ($compute) must be a valid callback"));
            return;
        }
        let raw = c_str(key, key_len).to_vec();
        // No usable pool (no servers): the usual warning, then fail open like a dead server.
        let Some(pool) = object::pool_for_op(obj) else {
            if !ffi::exception_pending() {
                call_compute(compute, &raw, rv);
            }
            return;
        };
        let Some(k) = convert::normalize(&raw).map(Cow::into_owned) else { return };
        let compression = pool.config.compression;
        let settings = Settings {
            ttl: ttl as u32,
            stale: stale.clamp(0, u32::MAX as i64) as u32,
            lock_timeout: ini::LOCK_TIMEOUT.load(Relaxed).clamp(1, u32::MAX as i64) as u32,
            wait_first: REMEMBER_WAIT_FIRST,
            wait_max: REMEMBER_WAIT_MAX,
        };
        let mut r = Remember::new(k, settings);
        let step = r.next(pool, &now);
        finish(obj, pool);
        if let Step::Hit { flags, data } = step {
            let mut v = ffi::zv_undef();
            if convert::decode(flags, &data, &mut *v) {
                ptr::write(rv, v.into_inner());
            }
            return;
        }
        let Some(mut retval) = call(compute, &raw) else {
            // The exception reaches the caller unchanged; the lease is given back first, so the
            // next caller computes at once.
            if let Some(pool) = object::pool_for_op(obj) {
                r.computed(pool, None, now());
                finish(obj, pool);
            }
            return;
        };
        // Encoded like set(); a value that cannot be encoded is returned but not stored.
        let enc = convert::encode(&mut *retval, flags as u32, &compression);
        if let Some(pool) = object::pool_for_op(obj) {
            r.computed(pool, enc.as_ref().map(|e| (e.flags, &e.data[..])), now());
            finish(obj, pool);
        }
        drop(enc);
        ptr::write(rv, retval.into_inner());
    }
);

/// `$compute($key)`, with the key as the caller gave it: the return value, or None when it threw
/// (or could not be called), the exception then pending.
unsafe fn call(compute: *mut zval, key: &[u8]) -> Option<ffi::Tmp> {
    let mut arg = ffi::zv_undef();
    ffi::zv_set_bytes(&mut *arg, key);
    // A counted copy: the callable stays alive whatever the call does to the argument.
    let mut callable = ffi::Tmp::new(ptr::read(compute));
    report::zval_addref(&mut *callable);
    let mut retval = ffi::zv_undef();
    let called = ffi::_call_user_function_impl(null_mut(), &mut *callable, &mut *retval, 1, &mut *arg, null_mut()) == 0;
    ffi::zval_ptr_dtor(&mut *callable);
    ffi::zval_ptr_dtor(&mut *arg);
    if !called || ffi::exception_pending() {
        ffi::zval_ptr_dtor(&mut *retval);
        return None;
    }
    Some(retval)
}

/// Fail open without a pool: computes and returns the value, storing nothing.
unsafe fn call_compute(compute: *mut zval, key: &[u8], rv: *mut zval) {
    if let Some(v) = call(compute, key) {
        ptr::write(rv, v.into_inner());
    }
}

handler!(
    /// invalidate(string|array $key): bool — meta: marks the items stale (`md <key> I`); ASCII and
    /// binary: deletes them. False when a key was not there.
    invalidate(ex, rv) {
        let mut obj: *mut zval = null_mut();
        let mut key: *mut zval = null_mut();
        if !parse!(ex, c"Oz", obj, pool_ce(), &mut key) {
            return;
        }
        ffi::zv_set_bool(rv, false);
        // As every key-based method: no pool or no servers first, then the keys (issue 15, item 3).
        if object::pool_with_servers(obj).is_none() {
            return;
        }
        let (_, keys) = keys_of(key);
        let Some(pool) = object::pool_for_op(obj) else { return };
        let keys: Vec<Vec<u8>> = keys.into_iter().map(|a| a.key.into_owned()).collect();
        if keys.is_empty() {
            return;
        }
        let r = pool.invalidate(&keys, now());
        finish(obj, pool);
        ffi::zv_set_bool(rv, r.unwrap_or(false));
    }
);
