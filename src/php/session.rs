//! The `memcache` session save handler (spec §8): PHP's `ps_module` callbacks around
//! `crate::session`. Session pools report nothing (no failure notices, no callback), as in the
//! reference; a lock still held when the session closes is released (the reference leaves it to
//! expire).

use std::ffi::{c_char, c_int, c_void, CStr};
use std::ptr;
use std::sync::atomic::Ordering::Relaxed;
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use super::ffi::{self, zend_string};
use super::{ini, methods, object, report};
use crate::pool::{Event, Pool};
use crate::session::{self, LockWait, PathError, SessionKeys};

const SUCCESS: c_int = 0;
const FAILURE: c_int = -1;

/// `ps_module` of PHP 8.2 (ext/session/php_session.h).
#[repr(C)]
pub struct PsModule {
    s_name: *const c_char,
    s_open: Option<unsafe extern "C" fn(*mut *mut c_void, *const c_char, *const c_char) -> c_int>,
    s_close: Option<unsafe extern "C" fn(*mut *mut c_void) -> c_int>,
    s_read: Option<unsafe extern "C" fn(*mut *mut c_void, *mut zend_string, *mut *mut zend_string, i64) -> c_int>,
    s_write: Option<unsafe extern "C" fn(*mut *mut c_void, *mut zend_string, *mut zend_string, i64) -> c_int>,
    s_destroy: Option<unsafe extern "C" fn(*mut *mut c_void, *mut zend_string) -> c_int>,
    s_gc: Option<unsafe extern "C" fn(*mut *mut c_void, i64, *mut i64) -> i64>,
    s_create_sid: Option<unsafe extern "C" fn(*mut *mut c_void) -> *mut zend_string>,
    s_validate_sid: Option<unsafe extern "C" fn(*mut *mut c_void, *mut zend_string) -> c_int>,
    s_update_timestamp: Option<unsafe extern "C" fn(*mut *mut c_void, *mut zend_string, *mut zend_string, i64) -> c_int>,
}

// SAFETY: immutable after MINIT; only pointers to static data and functions.
unsafe impl Sync for PsModule {}
unsafe impl Send for PsModule {}

static MODULE: OnceLock<PsModule> = OnceLock::new();

/// The session key prefix, computed at request startup (spec §8.2).
static PREFIX: Mutex<Vec<u8>> = Mutex::new(Vec::new());

unsafe fn sym(name: &CStr) -> *mut c_void {
    libc::dlsym(libc::RTLD_DEFAULT, name.as_ptr())
}

/// Registers the handler with the session extension. False when PHP has no session support.
///
/// The three optional callbacks are PHP's own defaults, as the reference's `PS_MOD` declares them.
/// They must be the very same function pointers: PHP compares `s_update_timestamp` with its default
/// to decide that an unchanged session is still written (spec §8.6).
pub unsafe fn register() -> bool {
    let register = sym(c"php_session_register_module");
    let (c, v, u) = (sym(c"php_session_create_id"), sym(c"php_session_validate_sid"), sym(c"php_session_update_timestamp"));
    if register.is_null() || c.is_null() || v.is_null() || u.is_null() {
        return false;
    }
    let module = MODULE.get_or_init(|| PsModule {
        s_name: c"memcache".as_ptr(),
        s_open: Some(open),
        s_close: Some(close),
        s_read: Some(read),
        s_write: Some(write),
        s_destroy: Some(destroy),
        s_gc: Some(gc),
        s_create_sid: Some(std::mem::transmute::<*mut c_void, unsafe extern "C" fn(*mut *mut c_void) -> *mut zend_string>(c)),
        s_validate_sid: Some(std::mem::transmute::<*mut c_void, unsafe extern "C" fn(*mut *mut c_void, *mut zend_string) -> c_int>(v)),
        s_update_timestamp: Some(std::mem::transmute::<
            *mut c_void,
            unsafe extern "C" fn(*mut *mut c_void, *mut zend_string, *mut zend_string, i64) -> c_int,
        >(u)),
    });
    let register: unsafe extern "C" fn(*const PsModule) -> c_int = std::mem::transmute(register);
    register(module) == SUCCESS
}

/// RINIT: the session prefix from memcache.session_prefix_* and SERVER_NAME.
pub unsafe fn request_startup() {
    let mut prefix = ini::SESSION_PREFIX_STATIC_KEY.lock().ok().and_then(|g| g.clone()).unwrap_or_default();
    if ini::SESSION_PREFIX_HOST_KEY.load(Relaxed) {
        if let Some(name) = object::server_name() {
            prefix.extend(crate::key::host_prefix(
                &name,
                ini::SESSION_PREFIX_REMOVE_WWW.load(Relaxed),
                ini::SESSION_PREFIX_REMOVE_SUBDOMAIN.load(Relaxed),
            ));
        }
    }
    if let Ok(mut g) = PREFIX.lock() {
        *g = prefix;
    }
}

/// The handler's per-session state (PS_GET_MOD_DATA).
struct Session {
    pool: Pool,
    /// The session whose lock this request holds, and on which servers.
    locked: Option<(SessionKeys, Vec<usize>)>,
}

fn guard(f: impl FnOnce() -> c_int) -> c_int {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).unwrap_or(FAILURE)
}

unsafe fn state<'a>(mod_data: *mut *mut c_void) -> Option<&'a mut Session> {
    if mod_data.is_null() || (*mod_data).is_null() {
        return None;
    }
    Some(&mut *((*mod_data) as *mut Session))
}

fn keys_for(id: &[u8]) -> Option<SessionKeys> {
    let prefix = PREFIX.lock().map(|p| p.clone()).unwrap_or_default();
    SessionKeys::new(&prefix, id)
}

fn redundancy() -> usize {
    ini::SESSION_REDUNDANCY.load(Relaxed).clamp(1, 1 << 16) as usize
}

fn lock_timeout() -> u32 {
    ini::LOCK_TIMEOUT.load(Relaxed).clamp(1, u32::MAX as i64) as u32
}

fn lock_wait() -> LockWait {
    let ms = |v: i64| Duration::from_millis(v.max(1) as u64);
    LockWait {
        first: ms(ini::SESSION_LOCK_WAIT_MIN.load(Relaxed)),
        max: ms(ini::SESSION_LOCK_WAIT_MAX.load(Relaxed)),
        budget: Duration::from_secs(2 * lock_timeout() as u64),
    }
}

/// Session pools report no server failures (spec §8.1), only per-request errors such as an item
/// too large for memcached, as the reference does.
fn report_request_errors(pool: &mut Pool) {
    for e in pool.take_events() {
        if let Event::RequestFailed(f) = e {
            report::notice(&format!(
                "Server {} (tcp {}, udp {}) failed with: {} ({})",
                f.host, f.tcp_port, f.udp_port, f.error, f.errnum
            ));
        }
    }
}

unsafe extern "C" fn open(mod_data: *mut *mut c_void, save_path: *const c_char, _name: *const c_char) -> c_int {
    guard(|| {
        let own = ini::SESSION_SAVE_PATH.lock().ok().and_then(|g| g.clone());
        let path = match own {
            Some(p) => String::from_utf8_lossy(&p).into_owned(),
            None if save_path.is_null() => String::new(),
            None => CStr::from_ptr(save_path).to_string_lossy().into_owned(),
        };
        let specs = match session::parse_save_path(&path, &mut |u| php_parse_url(u)) {
            Ok(s) => s,
            Err(PathError::Parse(e)) => {
                report::warning(&format!(
                    "Failed to parse memcache.save_path (error at offset {}, url was '{}')",
                    e.offset, e.url
                ));
                return FAILURE;
            }
            // An empty or unusable path fails like any other (the reference crashes on "").
            Err(PathError::Unusable) => return FAILURE,
        };
        let mut pool = Pool::new(object::pool_config());
        pool.settings = object::call_settings();
        let tls = ini::tls_settings();
        for mut spec in specs {
            spec.tls = tls.clone();
            pool.add_server(spec);
        }
        *mod_data = Box::into_raw(Box::new(Session { pool, locked: None })) as *mut c_void;
        SUCCESS
    })
}

/// php_url of ext/standard/url.h.
#[repr(C)]
struct PhpUrl {
    scheme: *mut zend_string,
    user: *mut zend_string,
    pass: *mut zend_string,
    host: *mut zend_string,
    port: u16,
    path: *mut zend_string,
    query: *mut zend_string,
    fragment: *mut zend_string,
}

extern "C" {
    fn php_url_parse_ex(s: *const c_char, len: usize) -> *mut PhpUrl;
    fn php_url_free(url: *mut PhpUrl);
}

/// PHP's own URL parser, so that the save paths it accepts are exactly the reference's.
fn php_parse_url(url: &str) -> Option<session::UrlParts> {
    let text = |s: *mut zend_string| -> Option<String> {
        // SAFETY: a string of the php_url returned below.
        (!s.is_null()).then(|| String::from_utf8_lossy(unsafe { ffi::zstr_bytes(s) }).into_owned())
    };
    // SAFETY: php_url_parse_ex reads `len` bytes; the result is freed with php_url_free.
    unsafe {
        let u = php_url_parse_ex(url.as_ptr() as *const c_char, url.len());
        if u.is_null() {
            return None;
        }
        let parts = session::UrlParts {
            scheme: text((*u).scheme),
            host: text((*u).host),
            port: (*u).port,
            path: text((*u).path),
            query: text((*u).query),
        };
        php_url_free(u);
        Some(parts)
    }
}

unsafe extern "C" fn close(mod_data: *mut *mut c_void) -> c_int {
    guard(|| {
        if mod_data.is_null() || (*mod_data).is_null() {
            return SUCCESS;
        }
        let mut s = Box::from_raw((*mod_data) as *mut Session);
        *mod_data = ptr::null_mut();
        // The request ended without writing (an exception, a fatal error, session_abort()): free
        // the lock now rather than leave other requests waiting for it to expire.
        if let Some((keys, servers)) = s.locked.take() {
            s.pool.session_unlock(&servers, &keys.lock_key, lock_timeout(), methods::now());
        }
        drop(s);
        SUCCESS
    })
}

unsafe extern "C" fn read(mod_data: *mut *mut c_void, key: *mut zend_string, val: *mut *mut zend_string, _lifetime: i64) -> c_int {
    guard(|| {
        let Some(s) = state(mod_data) else { return FAILURE };
        let id = ffi::zstr_bytes(key);
        let Some(keys) = keys_for(id) else { return FAILURE };
        s.pool.settings = object::call_settings();
        let now = methods::now();
        let data = match &s.locked {
            // Already locked by this request (strict mode validated the id by reading it): read again
            // without taking the lock a second time, which would wait for ourselves.
            Some((held, _)) if held.key == keys.key => s
                .pool
                .get(std::slice::from_ref(&keys.key), false, true, now)
                .into_iter()
                .find_map(|it| session::as_string(it.flags, it.data(), super::convert::inflate_limit()))
                .unwrap_or_default(),
            _ => {
                let limit = super::convert::inflate_limit();
                let r = session::read(&mut s.pool, &keys, redundancy(), lock_timeout(), lock_wait(), limit, now);
                s.locked = Some((keys, r.locked));
                r.data
            }
        };
        s.pool.take_events();
        *val = ffi::zstr_new(&data);
        SUCCESS
    })
}

unsafe extern "C" fn write(mod_data: *mut *mut c_void, key: *mut zend_string, val: *mut zend_string, lifetime: i64) -> c_int {
    guard(|| {
        let Some(s) = state(mod_data) else { return FAILURE };
        let Some(keys) = keys_for(ffi::zstr_bytes(key)) else { return FAILURE };
        s.pool.settings = object::call_settings();
        let ok = session::write(&mut s.pool, &keys, ffi::zstr_bytes(val), lifetime, redundancy(), lock_timeout(), methods::now());
        report_request_errors(&mut s.pool);
        if s.locked.as_ref().is_some_and(|(held, _)| held.key == keys.key) {
            s.locked = None;
        }
        if ok {
            SUCCESS
        } else {
            FAILURE
        }
    })
}

unsafe extern "C" fn destroy(mod_data: *mut *mut c_void, key: *mut zend_string) -> c_int {
    guard(|| {
        let Some(s) = state(mod_data) else { return FAILURE };
        let Some(keys) = keys_for(ffi::zstr_bytes(key)) else { return FAILURE };
        s.pool.settings = object::call_settings();
        let ok = session::destroy(&mut s.pool, &keys, redundancy(), methods::now());
        report_request_errors(&mut s.pool);
        if s.locked.as_ref().is_some_and(|(held, _)| held.key == keys.key) {
            s.locked = None;
        }
        if ok {
            SUCCESS
        } else {
            FAILURE
        }
    })
}

/// gc is a no-op: memcached expires sessions itself. Like the reference it reports no count, so
/// `session_gc()` returns false.
unsafe extern "C" fn gc(_mod_data: *mut *mut c_void, _lifetime: i64, _nrdels: *mut i64) -> i64 {
    SUCCESS as i64
}
