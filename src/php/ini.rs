//! The 21 `memcache.*` INI settings (spec §9): defaults, the reference's validation messages, and
//! the parsed values cached for the hot path.

use std::ffi::{c_int, c_void, CStr};
use std::ptr;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU8, Ordering::Relaxed};
use std::sync::Mutex;

use super::ffi::{self, zend_ini_entry, zend_ini_entry_def, zend_string};
use crate::hash::{HashFunction, Strategy};

pub static ALLOW_FAILOVER: AtomicI64 = AtomicI64::new(1);
pub static MAX_FAILOVER_ATTEMPTS: AtomicI64 = AtomicI64::new(20);
pub static DEFAULT_PORT: AtomicI64 = AtomicI64::new(11211);
pub static CHUNK_SIZE: AtomicI64 = AtomicI64::new(32768);
/// 0 = ascii, 1 = binary.
pub static PROTOCOL: AtomicU8 = AtomicU8::new(0);
/// 0 = standard, 1 = consistent.
pub static HASH_STRATEGY: AtomicU8 = AtomicU8::new(1);
/// 0 = crc32, 1 = fnv.
pub static HASH_FUNCTION: AtomicU8 = AtomicU8::new(0);
pub static REDUNDANCY: AtomicI64 = AtomicI64::new(1);
pub static SESSION_REDUNDANCY: AtomicI64 = AtomicI64::new(2);
pub static COMPRESS_THRESHOLD: AtomicI64 = AtomicI64::new(20000);
pub static LOCK_TIMEOUT: AtomicI64 = AtomicI64::new(15);
/// 0 = select, 1 = poll. Both are served by poll(2) here, which has no FD_SETSIZE limit.
pub static SELECT_API: AtomicU8 = AtomicU8::new(0);
pub static SESSION_PREFIX_HOST_KEY: AtomicBool = AtomicBool::new(false);
pub static SESSION_PREFIX_REMOVE_WWW: AtomicBool = AtomicBool::new(true);
pub static SESSION_PREFIX_REMOVE_SUBDOMAIN: AtomicBool = AtomicBool::new(false);
pub static SESSION_PREFIX_STATIC_KEY: Mutex<Option<Vec<u8>>> = Mutex::new(None);
pub static SESSION_SAVE_PATH: Mutex<Option<Vec<u8>>> = Mutex::new(None);
pub static PREFIX_HOST_KEY: AtomicBool = AtomicBool::new(false);
pub static PREFIX_REMOVE_WWW: AtomicBool = AtomicBool::new(true);
pub static PREFIX_REMOVE_SUBDOMAIN: AtomicBool = AtomicBool::new(false);
pub static PREFIX_STATIC_KEY: Mutex<Option<Vec<u8>>> = Mutex::new(None);
/// Beyond the reference: the session lock back-off, in milliseconds (first wait, longest wait).
pub static SESSION_LOCK_WAIT_MIN: AtomicI64 = AtomicI64::new(5);
pub static SESSION_LOCK_WAIT_MAX: AtomicI64 = AtomicI64::new(1000);
/// Beyond the reference: TLS for `tls://` servers (issue 13), captured when a server is added.
pub static TLS_CA_FILE: Mutex<Option<Vec<u8>>> = Mutex::new(None);
pub static TLS_CERT_FILE: Mutex<Option<Vec<u8>>> = Mutex::new(None);
pub static TLS_KEY_FILE: Mutex<Option<Vec<u8>>> = Mutex::new(None);
pub static TLS_VERIFY_PEER: AtomicBool = AtomicBool::new(true);
pub static TLS_SERVER_NAME: Mutex<Option<Vec<u8>>> = Mutex::new(None);

/// The `memcache.tls_*` settings now, for a server being added.
pub fn tls_settings() -> crate::net::TlsSettings {
    let text = |m: &Mutex<Option<Vec<u8>>>| {
        m.lock().ok().and_then(|g| g.as_ref().map(|v| String::from_utf8_lossy(v).into_owned())).unwrap_or_default()
    };
    crate::net::TlsSettings {
        ca_file: text(&TLS_CA_FILE),
        cert_file: text(&TLS_CERT_FILE),
        key_file: text(&TLS_KEY_FILE),
        verify_peer: TLS_VERIFY_PEER.load(Relaxed),
        server_name: text(&TLS_SERVER_NAME),
    }
}

pub fn strategy() -> Strategy {
    if HASH_STRATEGY.load(Relaxed) == 0 {
        Strategy::Standard
    } else {
        Strategy::Consistent
    }
}

pub fn hash_function() -> HashFunction {
    if HASH_FUNCTION.load(Relaxed) == 0 {
        HashFunction::Crc32
    } else {
        HashFunction::Fnv
    }
}

type OnModify = unsafe extern "C" fn(*mut zend_ini_entry, *mut zend_string, *mut c_void, *mut c_void, *mut c_void, c_int) -> c_int;
type Displayer = unsafe extern "C" fn(*mut zend_ini_entry, c_int);

#[repr(transparent)]
pub struct Def(zend_ini_entry_def);
// SAFETY: immutable table of pointers to static data.
unsafe impl Sync for Def {}

const fn def(name: &'static CStr, value: Option<&'static CStr>, on_modify: OnModify, displayer: Option<Displayer>) -> Def {
    let (value_ptr, value_length) = match value {
        Some(v) => (v.as_ptr(), v.count_bytes() as u32),
        None => (ptr::null(), 0),
    };
    Def(zend_ini_entry_def {
        name: name.as_ptr(),
        on_modify: Some(on_modify),
        mh_arg1: ptr::null_mut(),
        mh_arg2: ptr::null_mut(),
        mh_arg3: ptr::null_mut(),
        value: value_ptr,
        displayer,
        value_length,
        name_length: name.count_bytes() as u16,
        modifiable: 7, // ZEND_INI_ALL
    })
}

const BOOL_DISPLAY: Option<Displayer> = Some(ffi::zend_ini_boolean_displayer_cb);

/// In the reference's order (spec §9).
pub static ENTRIES: [Def; 29] = [
    def(c"memcache.allow_failover", Some(c"1"), on_allow_failover, None),
    def(c"memcache.max_failover_attempts", Some(c"20"), on_max_failover_attempts, None),
    def(c"memcache.default_port", Some(c"11211"), on_default_port, None),
    def(c"memcache.chunk_size", Some(c"32768"), on_chunk_size, None),
    def(c"memcache.protocol", Some(c"ascii"), on_protocol, None),
    def(c"memcache.hash_strategy", Some(c"consistent"), on_hash_strategy, None),
    def(c"memcache.hash_function", Some(c"crc32"), on_hash_function, None),
    def(c"memcache.redundancy", Some(c"1"), on_redundancy, None),
    def(c"memcache.session_redundancy", Some(c"2"), on_session_redundancy, None),
    def(c"memcache.compress_threshold", Some(c"20000"), on_compress_threshold, None),
    def(c"memcache.lock_timeout", Some(c"15"), on_lock_timeout, None),
    def(c"memcache.select_api", Some(c"select"), on_select_api, None),
    def(c"memcache.session_prefix_host_key", Some(c"0"), on_session_prefix_host_key, BOOL_DISPLAY),
    def(c"memcache.session_prefix_host_key_remove_www", Some(c"1"), on_session_prefix_remove_www, BOOL_DISPLAY),
    def(c"memcache.session_prefix_host_key_remove_subdomain", Some(c"0"), on_session_prefix_remove_subdomain, BOOL_DISPLAY),
    def(c"memcache.session_prefix_static_key", None, on_session_prefix_static_key, None),
    def(c"memcache.session_save_path", None, on_session_save_path, None),
    def(c"memcache.prefix_host_key", Some(c"0"), on_prefix_host_key, BOOL_DISPLAY),
    def(c"memcache.prefix_host_key_remove_www", Some(c"1"), on_prefix_remove_www, BOOL_DISPLAY),
    def(c"memcache.prefix_host_key_remove_subdomain", Some(c"0"), on_prefix_remove_subdomain, BOOL_DISPLAY),
    def(c"memcache.prefix_static_key", None, on_prefix_static_key, None),
    // Not in the reference: tuning of the session lock wait (defaults are the reference's 5 ms / 1 s).
    def(c"memcache.session_lock_wait_min", Some(c"5"), on_session_lock_wait_min, None),
    def(c"memcache.session_lock_wait_max", Some(c"1000"), on_session_lock_wait_max, None),
    // Not in the reference: TLS to memcached (issue 13).
    def(c"memcache.tls_ca_file", None, on_tls_ca_file, None),
    def(c"memcache.tls_cert_file", None, on_tls_cert_file, None),
    def(c"memcache.tls_key_file", None, on_tls_key_file, None),
    def(c"memcache.tls_verify_peer", Some(c"1"), on_tls_verify_peer, BOOL_DISPLAY),
    def(c"memcache.tls_server_name", None, on_tls_server_name, None),
    Def(zend_ini_entry_def {
        name: ptr::null(),
        on_modify: None,
        mh_arg1: ptr::null_mut(),
        mh_arg2: ptr::null_mut(),
        mh_arg3: ptr::null_mut(),
        value: ptr::null(),
        displayer: None,
        value_length: 0,
        name_length: 0,
        modifiable: 0,
    }),
];

pub fn defs_ptr() -> *const zend_ini_entry_def {
    ENTRIES.as_ptr() as *const zend_ini_entry_def
}

const SUCCESS: c_int = 0;
const FAILURE: c_int = -1;

/// Runs a validator, turning a panic into a rejected value rather than an abort.
fn guarded(f: impl FnOnce() -> bool) -> c_int {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) {
        Ok(true) => SUCCESS,
        _ => FAILURE,
    }
}

unsafe fn bytes<'a>(s: *mut zend_string) -> &'a [u8] {
    if s.is_null() {
        b""
    } else {
        ffi::zstr_bytes(s)
    }
}

fn warn(msg: &str) {
    super::report::warning(msg);
}

/// C `strtol(s, &end, 10)` that must consume the whole string, as the reference's validators
/// require: leading whitespace and a sign are allowed, trailing bytes are not ("5 " is refused, ""
/// is 0). Saturates like strtol.
fn parse_whole_long(b: &[u8]) -> Option<i64> {
    let mut i = b.iter().take_while(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)).count();
    let neg = match b.get(i) {
        Some(b'-') => {
            i += 1;
            true
        }
        Some(b'+') => {
            i += 1;
            false
        }
        _ => false,
    };
    let digits = &b[i..];
    if !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let mut n: i64 = 0;
    for &d in digits {
        let d = (d - b'0') as i64;
        n = if neg { n.saturating_mul(10).saturating_sub(d) } else { n.saturating_mul(10).saturating_add(d) };
    }
    Some(n)
}

/// Accepts a value whose whole-string strtol is `>= min`, then stores it through PHP's integer
/// parser (which adds its own overflow warning); otherwise warns with the reference's text.
unsafe fn positive(entry: *mut zend_ini_entry, v: *mut zend_string, min: i64, name: &str, store: &AtomicI64) -> c_int {
    guarded(|| {
        let b = bytes(v);
        match parse_whole_long(b) {
            Some(n) if n >= min => {
                let stored = if v.is_null() { n } else { ffi::zend_ini_parse_quantity_warn(v, (*entry).name) };
                store.store(stored, Relaxed);
                true
            }
            _ => {
                warn(&format!("{name} must be a positive integer ('{}' given)", String::from_utf8_lossy(b)));
                false
            }
        }
    })
}

/// PHP's standard integer handler (OnUpdateLong), with 8.2's "Invalid quantity" warning.
unsafe fn quantity(entry: *mut zend_ini_entry, v: *mut zend_string, store: &AtomicI64) -> c_int {
    guarded(|| {
        let n = if v.is_null() { 0 } else { ffi::zend_ini_parse_quantity_warn(v, (*entry).name) };
        store.store(n, Relaxed);
        true
    })
}

unsafe fn boolean(v: *mut zend_string, store: &AtomicBool) -> c_int {
    guarded(|| {
        store.store(!v.is_null() && ffi::zend_ini_parse_bool(v), Relaxed);
        true
    })
}

/// One of a fixed set of words, case-insensitive; `index` is stored.
unsafe fn one_of(v: *mut zend_string, words: &[&str], name: &str, store: &AtomicU8) -> c_int {
    guarded(|| {
        let b = bytes(v);
        match words.iter().position(|w| w.as_bytes().eq_ignore_ascii_case(b)) {
            Some(i) => {
                store.store(i as u8, Relaxed);
                true
            }
            None => {
                let set = words.join(", ");
                warn(&format!("{name} must be in set {{{set}}} ('{}' given)", String::from_utf8_lossy(b)));
                false
            }
        }
    })
}

unsafe fn optional_string(v: *mut zend_string, store: &Mutex<Option<Vec<u8>>>, no_dot: bool) -> c_int {
    guarded(|| {
        let value = if v.is_null() { None } else { Some(bytes(v).to_vec()) };
        if no_dot && value.as_ref().is_some_and(|s| s.contains(&b'.')) {
            // Both prefix settings name the session one in the reference (spec §9).
            warn("memcache.session_prefix_static_key cannot have dot inside (.)");
            return false;
        }
        if let Ok(mut g) = store.lock() {
            *g = value;
        }
        true
    })
}

macro_rules! handler {
    ($name:ident, |$e:ident, $v:ident| $body:expr) => {
        unsafe extern "C" fn $name(
            $e: *mut zend_ini_entry,
            $v: *mut zend_string,
            _: *mut c_void,
            _: *mut c_void,
            _: *mut c_void,
            _: c_int,
        ) -> c_int {
            let _ = $e;
            $body
        }
    };
}

handler!(on_allow_failover, |e, v| quantity(e, v, &ALLOW_FAILOVER));
handler!(on_default_port, |e, v| quantity(e, v, &DEFAULT_PORT));
handler!(on_max_failover_attempts, |e, v| positive(e, v, 1, "memcache.max_failover_attempts", &MAX_FAILOVER_ATTEMPTS));
handler!(on_chunk_size, |e, v| positive(e, v, 1, "memcache.chunk_size", &CHUNK_SIZE));
handler!(on_redundancy, |e, v| positive(e, v, 1, "memcache.redundancy", &REDUNDANCY));
handler!(on_session_redundancy, |e, v| positive(e, v, 1, "memcache.redundancy", &SESSION_REDUNDANCY));
handler!(on_compress_threshold, |e, v| positive(e, v, 0, "memcache.compress_threshold", &COMPRESS_THRESHOLD));
handler!(on_lock_timeout, |e, v| positive(e, v, 1, "memcache.lock_timeout", &LOCK_TIMEOUT));
handler!(on_protocol, |e, v| one_of(v, &["ascii", "binary", "meta"], "memcache.protocol", &PROTOCOL));
handler!(on_hash_strategy, |e, v| one_of(v, &["standard", "consistent"], "memcache.hash_strategy", &HASH_STRATEGY));
handler!(on_hash_function, |e, v| one_of(v, &["crc32", "fnv"], "memcache.hash_function", &HASH_FUNCTION));
handler!(on_select_api, |e, v| one_of(v, &["select", "poll"], "memcache.select_api", &SELECT_API));
handler!(on_session_prefix_host_key, |e, v| boolean(v, &SESSION_PREFIX_HOST_KEY));
handler!(on_session_prefix_remove_www, |e, v| boolean(v, &SESSION_PREFIX_REMOVE_WWW));
handler!(on_session_prefix_remove_subdomain, |e, v| boolean(v, &SESSION_PREFIX_REMOVE_SUBDOMAIN));
handler!(on_session_prefix_static_key, |e, v| optional_string(v, &SESSION_PREFIX_STATIC_KEY, true));
handler!(on_session_save_path, |e, v| optional_string(v, &SESSION_SAVE_PATH, false));
handler!(on_prefix_host_key, |e, v| boolean(v, &PREFIX_HOST_KEY));
handler!(on_prefix_remove_www, |e, v| boolean(v, &PREFIX_REMOVE_WWW));
handler!(on_prefix_remove_subdomain, |e, v| boolean(v, &PREFIX_REMOVE_SUBDOMAIN));
handler!(on_prefix_static_key, |e, v| optional_string(v, &PREFIX_STATIC_KEY, true));
handler!(on_session_lock_wait_min, |e, v| positive(e, v, 1, "memcache.session_lock_wait_min", &SESSION_LOCK_WAIT_MIN));
handler!(on_tls_ca_file, |e, v| optional_string(v, &TLS_CA_FILE, false));
handler!(on_tls_cert_file, |e, v| optional_string(v, &TLS_CERT_FILE, false));
handler!(on_tls_key_file, |e, v| optional_string(v, &TLS_KEY_FILE, false));
handler!(on_tls_verify_peer, |e, v| boolean(v, &TLS_VERIFY_PEER));
handler!(on_tls_server_name, |e, v| optional_string(v, &TLS_SERVER_NAME, false));
handler!(on_session_lock_wait_max, |e, v| positive(e, v, 1, "memcache.session_lock_wait_max", &SESSION_LOCK_WAIT_MAX));

