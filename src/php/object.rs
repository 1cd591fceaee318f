//! The pool behind a `MemcachePool` object: a `memcache connection` resource stored in the object's
//! public `connection` property, exactly where the reference keeps it (spec §1.1).

use std::ffi::{c_char, c_int, c_void};
use std::ptr;
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicPtr, Ordering::Relaxed};
use std::sync::Mutex;

use super::ffi::{self, zend_class_entry, zend_resource, zval};
use super::{ini, report};
use crate::pool::{CallSettings, Pool, PoolConfig};
use crate::protocol::Protocol;
use crate::value::Compression;

static LE_POOL: AtomicI32 = AtomicI32::new(-1);
static LE_PERSISTENT: AtomicI32 = AtomicI32::new(-1);
pub static POOL_CE: AtomicPtr<zend_class_entry> = AtomicPtr::new(ptr::null_mut());
pub static MEMCACHE_CE: AtomicPtr<zend_class_entry> = AtomicPtr::new(ptr::null_mut());

/// The key prefix of spec §3.1, recomputed (process-wide, last writer wins) by every connect/addServer.
static KEY_PREFIX: Mutex<Vec<u8>> = Mutex::new(Vec::new());
/// Whether KEY_PREFIX is non-empty: without a prefix (the usual case) a key needs no lock.
static HAS_KEY_PREFIX: AtomicBool = AtomicBool::new(false);

unsafe extern "C" fn pool_dtor(res: *mut zend_resource) {
    let _ = std::panic::catch_unwind(|| {
        let p = (*res).ptr as *mut Pool;
        if !p.is_null() {
            (*res).ptr = ptr::null_mut();
            drop(Box::from_raw(p));
        }
    });
}

unsafe extern "C" fn persistent_dtor(_res: *mut zend_resource) {}

pub unsafe fn register_resources(module_number: c_int) {
    let le = ffi::zend_register_list_destructors_ex(Some(pool_dtor), None, c"memcache connection".as_ptr(), module_number);
    LE_POOL.store(le, Relaxed);
    let lp = ffi::zend_register_list_destructors_ex(
        None,
        Some(persistent_dtor),
        c"persistent memcache connection".as_ptr(),
        module_number,
    );
    LE_PERSISTENT.store(lp, Relaxed);
}

/// The object's property table entry `name`, dereferenced; null when absent.
pub unsafe fn property(this: *mut zval, name: &str) -> *mut zval {
    let obj = (*this).value.obj;
    let ht = ffi::zend_std_get_properties(obj);
    if ht.is_null() {
        return ptr::null_mut();
    }
    let zv = ffi::zend_hash_str_find(ht, name.as_ptr() as *const c_char, name.len());
    if zv.is_null() {
        return ptr::null_mut();
    }
    let zv = ffi::z_deref(zv);
    if ffi::z_type(zv) == ffi::IS_UNDEF {
        ptr::null_mut()
    } else {
        zv
    }
}

/// `$this->name = value` (a public dynamic property). The value is copied; the caller keeps its own.
pub unsafe fn set_property(this: *mut zval, name: &str, value: *mut zval) {
    let obj = (*this).value.obj;
    ffi::zend_update_property((*obj).ce, obj, name.as_ptr() as *const c_char, name.len(), value);
}

pub enum Lookup {
    Found(&'static mut Pool),
    /// No `connection` property.
    Missing,
    /// `connection` holds something that is not a resource.
    NotResource,
    /// `connection` holds a resource of another type.
    WrongResource,
}

pub unsafe fn lookup(this: *mut zval) -> Lookup {
    let zv = property(this, "connection");
    if zv.is_null() {
        return Lookup::Missing;
    }
    if ffi::z_type(zv) != ffi::IS_RESOURCE {
        return Lookup::NotResource;
    }
    let res = (*zv).value.res;
    if (*res).type_ != LE_POOL.load(Relaxed) || (*res).ptr.is_null() {
        return Lookup::WrongResource;
    }
    Lookup::Found(&mut *((*res).ptr as *mut Pool))
}

/// The pool for an operation, with the reference's warnings when there is none (spec §1.1).
pub unsafe fn pool_for_op(this: *mut zval) -> Option<&'static mut Pool> {
    match lookup(this) {
        Lookup::Found(p) => {
            p.settings = call_settings();
            Some(p)
        }
        Lookup::Missing => {
            report::warning("No servers added to memcache connection");
            None
        }
        Lookup::NotResource => {
            report::warning("Invalid MemcachePool->connection member variable");
            None
        }
        Lookup::WrongResource => {
            report::warning("Invalid MemcachePool->connection member variable");
            report::type_error("supplied resource is not a valid connection resource");
            None
        }
    }
}

/// The pool for an operation that needs servers (get, the stores, delete, increment/decrement,
/// findServer, getVersion, getStats): as `pool_for_op`, and None without a warning when it has no
/// server. The reference checks this first, before it looks at keys, values, flags or the stats type.
pub unsafe fn pool_with_servers(this: *mut zval) -> Option<&'static mut Pool> {
    pool_for_op(this).filter(|p| !p.servers().is_empty())
}

/// The pool for connect/addServer: created on first use, `Unknown connection identifier` if the
/// property holds something else.
pub unsafe fn pool_for_add(this: *mut zval) -> Option<&'static mut Pool> {
    match lookup(this) {
        Lookup::Found(p) => {
            p.settings = call_settings();
            Some(p)
        }
        // The reference warns, then fails to fetch the resource, which throws (zend_fetch_resource).
        Lookup::NotResource => {
            report::warning("Unknown connection identifier");
            report::type_error("supplied argument is not a valid connection resource");
            None
        }
        Lookup::WrongResource => {
            report::warning("Unknown connection identifier");
            report::type_error("supplied resource is not a valid connection resource");
            None
        }
        Lookup::Missing => {
            let pool = Box::into_raw(Box::new(Pool::new(pool_config())));
            let res = ffi::zend_register_resource(pool as *mut c_void, LE_POOL.load(Relaxed));
            let mut zv = ffi::zv_undef();
            ffi::zv_set_res(&mut *zv, res);
            set_property(this, "connection", &mut *zv);
            ffi::zval_ptr_dtor(&mut *zv);
            (*pool).settings = call_settings();
            Some(&mut *pool)
        }
    }
}

/// Settings captured from INI when a pool is created (spec §1.1).
pub fn pool_config() -> PoolConfig {
    PoolConfig {
        protocol: match ini::PROTOCOL.load(Relaxed) {
            1 => Protocol::Binary,
            2 => Protocol::Meta,
            _ => Protocol::Ascii,
        },
        strategy: ini::strategy(),
        function: ini::hash_function(),
        compression: Compression {
            threshold: ini::COMPRESS_THRESHOLD.load(Relaxed).clamp(0, u32::MAX as i64) as u32,
            min_savings: 0.2,
        },
    }
}

/// Settings read at call time.
pub fn call_settings() -> CallSettings {
    CallSettings {
        allow_failover: ini::ALLOW_FAILOVER.load(Relaxed) != 0,
        max_failover_attempts: ini::MAX_FAILOVER_ATTEMPTS.load(Relaxed).clamp(1, u32::MAX as i64) as u32,
        redundancy: ini::REDUNDANCY.load(Relaxed).clamp(1, u32::MAX as i64) as u32,
        chunk_size: ini::CHUNK_SIZE.load(Relaxed).clamp(1, u32::MAX as i64) as u32,
    }
}

/// Runs `f` with the current key prefix (no copy: this is on every key's path).
pub fn with_key_prefix<T>(f: impl FnOnce(&[u8]) -> T) -> T {
    if !HAS_KEY_PREFIX.load(Relaxed) {
        return f(b"");
    }
    match KEY_PREFIX.lock() {
        Ok(p) => f(&p),
        Err(_) => f(b""),
    }
}

/// Recomputes the key prefix from memcache.prefix_* and $_SERVER['SERVER_NAME'] (spec §3.1).
pub unsafe fn refresh_key_prefix() {
    let mut prefix = ini::PREFIX_STATIC_KEY.lock().ok().and_then(|g| g.clone()).unwrap_or_default();
    if ini::PREFIX_HOST_KEY.load(Relaxed) {
        if let Some(name) = server_name() {
            prefix.extend(crate::key::host_prefix(
                &name,
                ini::PREFIX_REMOVE_WWW.load(Relaxed),
                ini::PREFIX_REMOVE_SUBDOMAIN.load(Relaxed),
            ));
        }
    }
    if let Ok(mut g) = KEY_PREFIX.lock() {
        HAS_KEY_PREFIX.store(!prefix.is_empty(), Relaxed);
        *g = prefix;
    }
}

extern "C" {
    fn zend_is_auto_global_str(name: *const c_char, len: usize) -> bool;
}

/// `$_SERVER['SERVER_NAME']`, if set and a string.
pub unsafe fn server_name() -> Option<Vec<u8>> {
    zend_is_auto_global_str(c"_SERVER".as_ptr(), 7);
    let globals = ptr::addr_of_mut!(ext_php_rs::ffi::executor_globals.symbol_table);
    let server = ffi::zend_hash_str_find(globals, c"_SERVER".as_ptr(), 7);
    if server.is_null() {
        return None;
    }
    let server = ffi::z_deref(server);
    if ffi::z_type(server) != ffi::IS_ARRAY {
        return None;
    }
    let name = ffi::zend_hash_str_find((*server).value.arr, c"SERVER_NAME".as_ptr(), 11);
    if name.is_null() {
        return None;
    }
    let name = ffi::z_deref(name);
    if ffi::z_type(name) != ffi::IS_STRING {
        return None;
    }
    Some(ffi::zstr_bytes((*name).value.str_).to_vec())
}
