//! The one place that turns outcomes into PHP diagnostics: warnings and notices with the active
//! function's prefix, and the pool's queued events (failure notices or the failure callback).

use std::ffi::c_int;
use std::ptr;

use super::ffi::{self, zval};
use super::object;
use crate::pool::{Event, Failure};

fn docref(level: c_int, msg: &str) {
    let len = msg.len().min(c_int::MAX as usize) as c_int;
    // SAFETY: "%.*s" reads exactly `len` bytes of `msg`, so NUL bytes inside are harmless.
    unsafe { ffi::php_error_docref(ptr::null(), level, c"%.*s".as_ptr(), len, msg.as_ptr()) }
}

pub fn warning(msg: &str) {
    docref(ffi::E_WARNING, msg);
}

pub fn notice(msg: &str) {
    docref(ffi::E_NOTICE, msg);
}

extern "C" {
    fn get_active_function_name() -> *const std::ffi::c_char;
    fn get_active_class_name(space: *mut *const std::ffi::c_char) -> *const std::ffi::c_char;
    fn zend_type_error(format: *const std::ffi::c_char, ...);
}

/// Throws a TypeError `<function>(): <msg>`, as zend_fetch_resource does.
pub fn type_error(msg: &str) {
    // SAFETY: called during a request, from a function handler.
    unsafe {
        let mut space: *const std::ffi::c_char = ptr::null();
        let class = std::ffi::CStr::from_ptr(get_active_class_name(&mut space)).to_string_lossy();
        let space = if space.is_null() { "".into() } else { std::ffi::CStr::from_ptr(space).to_string_lossy() };
        let func = std::ffi::CStr::from_ptr(get_active_function_name()).to_string_lossy();
        let text = format!("{class}{space}{func}(): {msg}");
        let len = text.len().min(c_int::MAX as usize) as c_int;
        zend_type_error(c"%.*s".as_ptr(), len, text.as_ptr());
    }
}

fn failure_text(f: &Failure) -> String {
    format!("Server {} (tcp {}, udp {}) failed with: {} ({})", f.host, f.tcp_port, f.udp_port, f.error, f.errnum)
}

/// Reports the events an operation queued, in order (spec §5.4). `this` is the pool object, whose
/// `_failureCallback` property holds the callback, if any. An exception pending (a key or value that
/// failed to convert, a callback that threw) does not stop the warnings and notices, as in the
/// reference; only the failure callback cannot run then.
pub unsafe fn events(this: *mut zval, events: Vec<Event>, callback_installed: bool) {
    for e in events {
        match e {
            Event::Warning(msg) => warning(&msg),
            Event::Notice(msg) => notice(&msg),
            Event::RequestFailed(f) => notice(&failure_text(&f)),
            Event::ServerFailed(f) if callback_installed => server_failed(this, &f),
            Event::ServerFailed(f) => notice(&failure_text(&f)),
        }
    }
}

unsafe fn server_failed(this: *mut zval, f: &Failure) {
    let cb = if this.is_null() { ptr::null_mut() } else { object::property(this, "_failureCallback") };
    if cb.is_null() || ffi::z_type(cb) == ffi::IS_NULL {
        notice(&failure_text(f));
        return;
    }
    if !ffi::zend_is_callable(cb, 0, ptr::null_mut()) {
        let mut null = ffi::zv_undef();
        ffi::zv_set_null(&mut *null);
        object::set_property(this, "_failureCallback", &mut *null);
        warning("Invalid failure callback");
        return;
    }
    // PHP calls no user function while an exception is pending (zend_call_function returns at once).
    if ffi::exception_pending() {
        return;
    }
    let mut args: [ffi::Tmp; 5] = [ffi::zv_undef(), ffi::zv_undef(), ffi::zv_undef(), ffi::zv_undef(), ffi::zv_undef()];
    ffi::zv_set_bytes(&mut *args[0], f.host.as_bytes());
    ffi::zv_set_long(&mut *args[1], f.tcp_port as i64);
    ffi::zv_set_long(&mut *args[2], f.udp_port as i64);
    ffi::zv_set_bytes(&mut *args[3], f.error.as_bytes());
    ffi::zv_set_long(&mut *args[4], f.errnum);
    let mut callable = ffi::Tmp::new(ptr::read(cb));
    // Keep the callable alive even if the callback replaces the property.
    zval_addref(&mut *callable);
    let mut retval = ffi::zv_undef();
    ffi::_call_user_function_impl(ptr::null_mut(), &mut *callable, &mut *retval, 5, args.as_mut_ptr() as *mut zval, ptr::null_mut());
    ffi::zval_ptr_dtor(&mut *retval);
    ffi::zval_ptr_dtor(&mut *callable);
    for a in args.iter_mut() {
        ffi::zval_ptr_dtor(&mut **a);
    }
}

/// Z_TRY_ADDREF.
pub unsafe fn zval_addref(zv: *mut zval) {
    if (*zv).u1.type_info & (1 << 8) != 0 {
        let counted = (*zv).value.counted;
        (*counted).gc.refcount += 1;
    }
}
