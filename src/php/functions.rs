//! The procedural functions that are not a method's twin: memcache_connect, memcache_pconnect and
//! memcache_debug. (The others share the method handlers, see `arginfo::FUNCTIONS`.)

use super::ffi::{self, zend_execute_data, zval};
use super::{methods, report};

pub unsafe extern "C" fn memcache_connect(ex: *mut zend_execute_data, rv: *mut zval) {
    guard(rv, || methods::connect_function(ex, rv, false));
}

pub unsafe extern "C" fn memcache_pconnect(ex: *mut zend_execute_data, rv: *mut zval) {
    guard(rv, || methods::connect_function(ex, rv, true));
}

/// Always the deprecation warning and false, as on non-debug builds of the reference.
pub unsafe extern "C" fn memcache_debug(_ex: *mut zend_execute_data, rv: *mut zval) {
    guard(rv, || {
        report::warning("memcache_debug() is deprecated, please use a debugger (like Eclipse + CDT)");
        ffi::zv_set_bool(rv, false);
    });
}

unsafe fn guard(rv: *mut zval, f: impl FnOnce()) {
    if std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).is_err() {
        report::warning("Internal error in the memcache extension");
        ffi::zv_set_bool(rv, false);
    }
}
