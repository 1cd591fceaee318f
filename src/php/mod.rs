//! The PHP binding: the only code that talks to PHP. It registers the `memcache` module — classes,
//! functions, constants, INI entries, resource types, phpinfo — and converts between PHP values and
//! the core. The module entry is written out by hand (rather than with `#[php_module]`) so that
//! Reflection, argument parsing and diagnostics match the C reference exactly.

mod arginfo;
mod convert;
mod ffi;
mod functions;
mod ini;
mod methods;
mod object;
mod report;
mod session;

use std::ffi::{c_char, c_int};
use std::ptr;
use std::sync::atomic::Ordering::Relaxed;
use std::sync::OnceLock;

use ext_php_rs::ffi::{zend_class_entry, zend_module_entry, ZEND_MODULE_API_NO};

/// The version the reference reports (spec §1).
pub const VERSION: &std::ffi::CStr = c"8.2";

/// ZEND_ACC_ALLOW_DYNAMIC_PROPERTIES: the reference's objects take dynamic properties silently.
const ALLOW_DYNAMIC_PROPERTIES: u32 = 1 << 15;
/// CONST_PERSISTENT.
const CONST_PERSISTENT: c_int = 1;

/// The module entry's address: built once, then owned by PHP for the life of the process.
static MODULE: OnceLock<usize> = OnceLock::new();

/// The entry point PHP looks up when it loads the shared object.
#[no_mangle]
pub extern "C" fn get_module() -> *mut zend_module_entry {
    *MODULE.get_or_init(|| {
        // SAFETY: a zeroed zend_module_entry is valid (null pointers, no callbacks); we fill it below.
        let mut m: zend_module_entry = unsafe { std::mem::zeroed() };
        m.size = std::mem::size_of::<zend_module_entry>() as u16;
        m.zend_api = ZEND_MODULE_API_NO;
        m.zend_debug = ext_php_rs::PHP_DEBUG as u8;
        m.zts = ext_php_rs::PHP_ZTS as u8;
        m.name = c"memcache".as_ptr();
        m.functions = arginfo::as_ptr(&arginfo::FUNCTIONS);
        m.module_startup_func = Some(minit);
        m.module_shutdown_func = Some(mshutdown);
        m.info_func = Some(minfo);
        m.request_startup_func = Some(rinit);
        m.version = VERSION.as_ptr();
        m.type_ = 0;
        m.module_number = 0;
        // SAFETY: returns a pointer to a static C string.
        m.build_id = unsafe { ext_php_rs::ffi::ext_php_rs_php_build_id() };
        Box::into_raw(Box::new(m)) as usize
    }) as *mut zend_module_entry
}

unsafe extern "C" fn minit(_type: c_int, module_number: c_int) -> c_int {
    match std::panic::catch_unwind(|| startup(module_number)) {
        Ok(()) => 0,
        Err(_) => -1,
    }
}

unsafe fn startup(module_number: c_int) {
    ffi::zend_register_ini_entries(ini::defs_ptr(), module_number);
    object::register_resources(module_number);

    let pool = register_class(c"MemcachePool", arginfo::as_ptr(&arginfo::POOL_METHODS), ptr::null_mut());
    // Set before Memcache inherits from it, so that both classes allow dynamic properties.
    (*pool).ce_flags |= ALLOW_DYNAMIC_PROPERTIES;
    object::POOL_CE.store(pool, Relaxed);
    let memcache = register_class(c"Memcache", arginfo::as_ptr(&arginfo::MEMCACHE_METHODS), pool);
    (*memcache).ce_flags |= ALLOW_DYNAMIC_PROPERTIES;
    object::MEMCACHE_CE.store(memcache, Relaxed);

    let have_session = session::register();
    HAVE_SESSION.store(have_session, Relaxed);
    let constants: [(&std::ffi::CStr, i64); 6] = [
        (c"MEMCACHE_COMPRESSED", crate::value::FLAG_COMPRESSED as i64),
        (c"MEMCACHE_USER1", 0x10000),
        (c"MEMCACHE_USER2", 0x20000),
        (c"MEMCACHE_USER3", 0x40000),
        (c"MEMCACHE_USER4", 0x80000),
        (c"MEMCACHE_HAVE_SESSION", have_session as i64),
    ];
    for (name, value) in constants {
        ffi::zend_register_long_constant(name.as_ptr(), name.count_bytes(), value, CONST_PERSISTENT, module_number);
    }
}

/// INIT_CLASS_ENTRY + zend_register_internal_class_ex.
unsafe fn register_class(
    name: &std::ffi::CStr,
    methods: *const ext_php_rs::ffi::zend_function_entry,
    parent: *mut zend_class_entry,
) -> *mut zend_class_entry {
    let mut ce: zend_class_entry = std::mem::zeroed();
    if let Some(intern) = ffi::zend_string_init_interned {
        ce.name = intern(name.as_ptr(), name.count_bytes(), true);
    }
    ce.info.internal.builtin_functions = methods;
    ffi::zend_register_internal_class_ex(&mut ce, parent)
}

static HAVE_SESSION: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

unsafe extern "C" fn rinit(_type: c_int, _module_number: c_int) -> c_int {
    let _ = std::panic::catch_unwind(|| {
        if HAVE_SESSION.load(Relaxed) {
            session::request_startup();
        }
    });
    0
}

unsafe extern "C" fn mshutdown(_type: c_int, module_number: c_int) -> c_int {
    let _ = std::panic::catch_unwind(|| {
        ffi::zend_unregister_ini_entries(module_number);
        crate::pool::clear_persistent();
    });
    0
}

unsafe extern "C" fn minfo(module: *mut zend_module_entry) {
    let _ = std::panic::catch_unwind(|| {
        ffi::php_info_print_table_start();
        ffi::php_info_print_table_row(2, c"memcache support".as_ptr(), c"enabled".as_ptr());
        ffi::php_info_print_table_row(2, c"Version".as_ptr(), VERSION.as_ptr() as *const c_char);
        // Beyond the reference's two rows: what this build supports.
        let session = if HAVE_SESSION.load(Relaxed) { c"memcache" } else { c"not available (no session extension)" };
        ffi::php_info_print_table_row(2, c"Session save handler".as_ptr(), session.as_ptr());
        ffi::php_info_print_table_row(2, c"Protocols".as_ptr(), c"ascii, binary (SASL PLAIN), meta, UDP reads (ascii)".as_ptr());
        ffi::php_info_print_table_row(2, c"Compression".as_ptr(), c"zlib (system libz)".as_ptr());
        ffi::php_info_print_table_end();
        ffi::display_ini_entries(module);
    });
}
