//! Argument info and function tables, written out so that Reflection prints exactly what the
//! reference prints (spec §2): lower-case names, untyped or union-typed parameters, by-reference
//! markers, required counts, return types and registration order.

use std::ffi::{c_char, CStr};
use std::ptr;

use super::ffi::{zend_function_entry, zend_internal_arg_info, zend_type};
use super::{functions as f, methods as m};

#[repr(transparent)]
pub struct ArgInfo(zend_internal_arg_info);
// SAFETY: the tables are immutable and only hold pointers to static C strings.
unsafe impl Sync for ArgInfo {}

#[repr(transparent)]
pub struct Entry(zend_function_entry);
// SAFETY: as above.
unsafe impl Sync for Entry {}

const BY_REF: u32 = 1 << 25;
/// A class name given as a C string literal: `_ZEND_TYPE_NAME_BIT` up to PHP 8.2, then its own
/// `_ZEND_TYPE_LITERAL_NAME_BIT` (8.3 turned NAME_BIT into "a `zend_string *`", which a C string is not).
#[cfg(not(php83))]
const NAME_BIT: u32 = 1 << 24;
#[cfg(php83)]
const NAME_BIT: u32 = 1 << 23;
const NULL: u32 = 1 << 1;
const BOOL: u32 = (1 << 2) | (1 << 3);
const INT: u32 = 1 << 4;
const FLOAT: u32 = 1 << 5;
const STRING: u32 = 1 << 6;
const ARRAY: u32 = 1 << 7;
const CALLABLE: u32 = 1 << 12;
const MIXED: u32 = 0x3FE;
const UNTYPED: u32 = 0;

const fn arg(name: &'static CStr, mask: u32) -> ArgInfo {
    ArgInfo(zend_internal_arg_info {
        name: name.as_ptr(),
        type_: zend_type { ptr: ptr::null_mut(), type_mask: mask },
        default_value: ptr::null(),
    })
}

/// An optional argument with a default value (PHP source text, shown by Reflection).
const fn arg_default(name: &'static CStr, mask: u32, default: &'static CStr) -> ArgInfo {
    ArgInfo(zend_internal_arg_info {
        name: name.as_ptr(),
        type_: zend_type { ptr: ptr::null_mut(), type_mask: mask },
        default_value: default.as_ptr(),
    })
}

/// The leading entry: required argument count and return type.
const fn ret(required: usize, mask: u32) -> ArgInfo {
    ArgInfo(zend_internal_arg_info {
        name: required as *const c_char,
        type_: zend_type { ptr: ptr::null_mut(), type_mask: mask },
        default_value: ptr::null(),
    })
}

/// `MemcachePool $memcache` (or `Memcache`), the object argument of the procedural functions.
const fn obj(class: &'static CStr) -> ArgInfo {
    ArgInfo(zend_internal_arg_info {
        name: c"memcache".as_ptr(),
        type_: zend_type { ptr: class.as_ptr() as *mut _, type_mask: NAME_BIT },
        default_value: ptr::null(),
    })
}

type Handler = unsafe extern "C" fn(*mut super::ffi::zend_execute_data, *mut super::ffi::zval);

const fn entry(name: &'static CStr, handler: Handler, args: &'static [ArgInfo]) -> Entry {
    Entry(zend_function_entry {
        fname: name.as_ptr(),
        handler: Some(handler),
        arg_info: args.as_ptr() as *const zend_internal_arg_info,
        num_args: (args.len() - 1) as u32,
        flags: 1, // ZEND_ACC_PUBLIC
        #[cfg(php84)]
        frameless_function_infos: ptr::null(),
        #[cfg(php84)]
        doc_comment: ptr::null(),
    })
}

const END: Entry = Entry(zend_function_entry {
    fname: ptr::null(),
    handler: None,
    arg_info: ptr::null(),
    num_args: 0,
    flags: 0,
    // PHP 8.4 added these two fields (frameless calls, doc comments of internal functions); neither is used.
    #[cfg(php84)]
    frameless_function_infos: ptr::null(),
    #[cfg(php84)]
    doc_comment: ptr::null(),
});

/// Builds an arginfo table: `args!(required, return_mask; "name" => mask, ...)`.
macro_rules! args {
    ($req:expr, $ret:expr $(; $($name:literal => $mask:expr),*)?) => {
        &[ret($req, $ret) $($(, arg($name, $mask))*)?]
    };
}

/// The same table with the object argument first, for the procedural twin of a method.
macro_rules! fargs {
    ($class:literal, $req:expr, $ret:expr $(; $($name:literal => $mask:expr),*)?) => {
        &[ret($req + 1, $ret), obj($class) $($(, arg($name, $mask))*)?]
    };
}

static POOL_CONNECT: &[ArgInfo] = args!(1, UNTYPED; c"host" => UNTYPED, c"tcp_port" => UNTYPED, c"udp_port" => UNTYPED,
    c"persistent" => UNTYPED, c"weight" => UNTYPED, c"timeout" => UNTYPED, c"retry_interval" => UNTYPED);
static POOL_ADDSERVER: &[ArgInfo] = args!(1, BOOL; c"host" => UNTYPED, c"tcp_port" => UNTYPED, c"udp_port" => UNTYPED,
    c"persistent" => UNTYPED, c"weight" => UNTYPED, c"timeout" => UNTYPED, c"retry_interval" => UNTYPED, c"status" => UNTYPED);
static SETSERVERPARAMS: &[ArgInfo] = args!(1, BOOL; c"host" => STRING, c"tcp_port" => INT, c"timeout" => FLOAT,
    c"retry_interval" => INT, c"status" => BOOL, c"failure_callback" => UNTYPED);
static SETFAILURECALLBACK: &[ArgInfo] = args!(1, BOOL; c"failure_callback" => CALLABLE | NULL);
static GETSERVERSTATUS: &[ArgInfo] = args!(1, INT | BOOL; c"host" => STRING, c"tcp_port" => INT);
static FINDSERVER: &[ArgInfo] = args!(1, STRING | BOOL; c"key" => STRING);
static GETVERSION: &[ArgInfo] = args!(0, STRING | BOOL);
static STORE: &[ArgInfo] = args!(1, BOOL; c"key" => ARRAY | STRING, c"value" => MIXED, c"flags" => INT,
    c"exptime" => INT, c"cas" => INT);
static GET: &[ArgInfo] = args!(1, MIXED; c"key" => ARRAY | STRING, c"flags" => MIXED | BY_REF, c"cas" => MIXED | BY_REF);
static DELETE: &[ArgInfo] = args!(1, ARRAY | BOOL; c"key" => ARRAY | STRING, c"exptime" => INT);
static GETSTATS: &[ArgInfo] = args!(0, ARRAY | BOOL; c"type" => STRING, c"slabid" => INT, c"limit" => INT);
static SETCOMPRESSTHRESHOLD: &[ArgInfo] = args!(1, BOOL; c"threshold" => INT, c"min_savings" => FLOAT);
static COUNTER: &[ArgInfo] = args!(1, ARRAY | INT | BOOL; c"key" => ARRAY | STRING, c"value" => INT,
    c"defval" => INT, c"exptime" => INT);
static CLOSE: &[ArgInfo] = args!(0, BOOL);
static FLUSH: &[ArgInfo] = args!(0, BOOL; c"delay" => INT);
static SASL: &[ArgInfo] = args!(2, BOOL; c"username" => STRING, c"password" => STRING);
// remember() and invalidate() are this extension's own (not in the reference): typed, with defaults.
static REMEMBER: &[ArgInfo] = &[
    ret(2, MIXED),
    arg(c"key", STRING),
    arg(c"compute", CALLABLE),
    arg_default(c"ttl", INT, c"0"),
    arg_default(c"stale", INT, c"0"),
    arg_default(c"flags", INT, c"0"),
];
static INVALIDATE: &[ArgInfo] = args!(1, BOOL; c"key" => ARRAY | STRING);

static MC_CONNECT: &[ArgInfo] = args!(1, UNTYPED; c"host" => UNTYPED, c"port" => UNTYPED, c"timeout" => UNTYPED,
    c"unused4" => UNTYPED, c"unused5" => UNTYPED, c"unused6" => UNTYPED, c"unused7" => UNTYPED, c"unugsed8" => UNTYPED);
static MC_ADDSERVER: &[ArgInfo] = args!(1, BOOL; c"host" => UNTYPED, c"tcp_port" => UNTYPED, c"persistent" => UNTYPED,
    c"weight" => UNTYPED, c"timeout" => UNTYPED, c"retry_interval" => UNTYPED, c"status" => UNTYPED,
    c"failure_callback" => UNTYPED);

/// MemcachePool's methods in the reference's order (spec §2.1), then this extension's own.
pub static POOL_METHODS: [Entry; 26] = [
    entry(c"connect", m::pool_connect, POOL_CONNECT),
    entry(c"addserver", m::pool_addserver, POOL_ADDSERVER),
    entry(c"setserverparams", m::setserverparams, SETSERVERPARAMS),
    entry(c"setfailurecallback", m::setfailurecallback, SETFAILURECALLBACK),
    entry(c"getserverstatus", m::getserverstatus, GETSERVERSTATUS),
    entry(c"findserver", m::findserver, FINDSERVER),
    entry(c"getversion", m::getversion, GETVERSION),
    entry(c"add", m::add, STORE),
    entry(c"set", m::set, STORE),
    entry(c"replace", m::replace, STORE),
    entry(c"cas", m::cas, STORE),
    entry(c"append", m::append, STORE),
    entry(c"prepend", m::prepend, STORE),
    entry(c"get", m::get, GET),
    entry(c"delete", m::delete, DELETE),
    entry(c"getstats", m::getstats, GETSTATS),
    entry(c"getextendedstats", m::getextendedstats, GETSTATS),
    entry(c"setcompressthreshold", m::setcompressthreshold, SETCOMPRESSTHRESHOLD),
    entry(c"increment", m::increment, COUNTER),
    entry(c"decrement", m::decrement, COUNTER),
    entry(c"close", m::close, CLOSE),
    entry(c"flush", m::flush, FLUSH),
    entry(c"setSaslAuthData", m::set_sasl_auth_data, SASL),
    entry(c"remember", m::remember, REMEMBER),
    entry(c"invalidate", m::invalidate, INVALIDATE),
    END,
];

/// Memcache's own methods (spec §2.2); the rest are inherited from MemcachePool.
pub static MEMCACHE_METHODS: [Entry; 4] = [
    entry(c"connect", m::mc_connect, MC_CONNECT),
    entry(c"pconnect", m::mc_pconnect, MC_CONNECT),
    entry(c"addserver", m::mc_addserver, MC_ADDSERVER),
    END,
];

static F_ADD_SERVER: &[ArgInfo] = fargs!(c"MemcachePool", 1, BOOL; c"host" => UNTYPED, c"port" => UNTYPED,
    c"tcp_port" => UNTYPED, c"persistent" => UNTYPED, c"weight" => UNTYPED, c"timeout" => UNTYPED,
    c"retry_interval" => UNTYPED, c"status" => UNTYPED, c"failure_callback" => UNTYPED);
static F_SETSERVERPARAMS: &[ArgInfo] = fargs!(c"MemcachePool", 1, BOOL; c"host" => STRING, c"tcp_port" => INT,
    c"timeout" => FLOAT, c"retry_interval" => INT, c"status" => BOOL, c"failure_callback" => UNTYPED);
static F_SETFAILURECALLBACK: &[ArgInfo] = fargs!(c"MemcachePool", 1, BOOL; c"failure_callback" => CALLABLE | NULL);
static F_GETSERVERSTATUS: &[ArgInfo] = fargs!(c"MemcachePool", 1, INT | BOOL; c"host" => STRING, c"tcp_port" => INT);
static F_GETVERSION: &[ArgInfo] = fargs!(c"MemcachePool", 0, STRING | BOOL);
static F_STORE: &[ArgInfo] = fargs!(c"MemcachePool", 1, BOOL; c"key" => ARRAY | STRING, c"value" => MIXED,
    c"flags" => INT, c"exptime" => INT, c"cas" => INT);
static F_GET: &[ArgInfo] = fargs!(c"MemcachePool", 1, MIXED; c"key" => UNTYPED, c"flags" => BY_REF, c"cas" => BY_REF);
static F_DELETE: &[ArgInfo] = fargs!(c"MemcachePool", 1, ARRAY | BOOL; c"key" => UNTYPED, c"exptime" => UNTYPED);
static F_DEBUG: &[ArgInfo] = args!(1, BOOL; c"on_off" => UNTYPED);
static F_GETSTATS: &[ArgInfo] = fargs!(c"MemcachePool", 0, ARRAY | BOOL; c"type" => STRING, c"slabid" => INT,
    c"limit" => INT);
static F_SETCOMPRESSTHRESHOLD: &[ArgInfo] = fargs!(c"MemcachePool", 1, BOOL; c"threshold" => INT,
    c"min_savings" => FLOAT);
static F_COUNTER: &[ArgInfo] = fargs!(c"MemcachePool", 1, ARRAY | INT | BOOL; c"key" => ARRAY | STRING,
    c"value" => INT, c"defval" => INT, c"exptime" => INT);
static F_CLOSE: &[ArgInfo] = fargs!(c"MemcachePool", 0, BOOL);
static F_FLUSH: &[ArgInfo] = fargs!(c"MemcachePool", 0, BOOL; c"delay" => INT);
static F_SASL: &[ArgInfo] = fargs!(c"MemcachePool", 2, BOOL; c"username" => STRING, c"password" => STRING);
static F_REMEMBER: &[ArgInfo] = &[
    ret(3, MIXED),
    obj(c"MemcachePool"),
    arg(c"key", STRING),
    arg(c"compute", CALLABLE),
    arg_default(c"ttl", INT, c"0"),
    arg_default(c"stale", INT, c"0"),
    arg_default(c"flags", INT, c"0"),
];
static F_INVALIDATE: &[ArgInfo] = fargs!(c"MemcachePool", 1, BOOL; c"key" => ARRAY | STRING);

/// The 24 procedural functions, in the reference's order (spec §2.4), then this extension's own two.
pub static FUNCTIONS: [Entry; 27] = [
    entry(c"memcache_connect", f::memcache_connect, MC_CONNECT),
    entry(c"memcache_pconnect", f::memcache_pconnect, MC_CONNECT),
    entry(c"memcache_add_server", m::mc_addserver, F_ADD_SERVER),
    entry(c"memcache_set_server_params", m::setserverparams, F_SETSERVERPARAMS),
    entry(c"memcache_set_failure_callback", m::setfailurecallback, F_SETFAILURECALLBACK),
    entry(c"memcache_get_server_status", m::getserverstatus, F_GETSERVERSTATUS),
    entry(c"memcache_get_version", m::getversion, F_GETVERSION),
    entry(c"memcache_add", m::add, F_STORE),
    entry(c"memcache_set", m::set, F_STORE),
    entry(c"memcache_replace", m::replace, F_STORE),
    entry(c"memcache_cas", m::cas, F_STORE),
    entry(c"memcache_append", m::append, F_STORE),
    entry(c"memcache_prepend", m::prepend, F_STORE),
    entry(c"memcache_get", m::get, F_GET),
    entry(c"memcache_delete", m::delete, F_DELETE),
    entry(c"memcache_debug", f::memcache_debug, F_DEBUG),
    entry(c"memcache_get_stats", m::getstats, F_GETSTATS),
    entry(c"memcache_get_extended_stats", m::getextendedstats, F_GETSTATS),
    entry(c"memcache_set_compress_threshold", m::setcompressthreshold, F_SETCOMPRESSTHRESHOLD),
    entry(c"memcache_increment", m::increment, F_COUNTER),
    entry(c"memcache_decrement", m::decrement, F_COUNTER),
    entry(c"memcache_close", m::close, F_CLOSE),
    entry(c"memcache_flush", m::flush, F_FLUSH),
    entry(c"memcache_set_sasl_auth_data", m::set_sasl_auth_data, F_SASL),
    entry(c"memcache_remember", m::remember, F_REMEMBER),
    entry(c"memcache_invalidate", m::invalidate, F_INVALIDATE),
    END,
];

pub fn as_ptr(entries: &'static [Entry]) -> *const zend_function_entry {
    entries.as_ptr() as *const zend_function_entry
}
