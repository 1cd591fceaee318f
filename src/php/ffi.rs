//! The parts of PHP's C API that ext-php-rs does not bind, and small zval helpers.
//!
//! Everything here is a thin, unsafe wrapper; callers uphold the usual Zend invariants (a request is
//! active, pointers come from the engine).

#![allow(non_camel_case_types, clippy::missing_safety_doc)]

use std::ffi::{c_char, c_int, c_void};
use std::ptr;

pub use ext_php_rs::ffi::{
    zend_string_init_interned,
    zend_class_entry, zend_execute_data, zend_function_entry, zend_internal_arg_info, zend_ini_entry,
    zend_ini_entry_def, zend_module_entry, zend_object, zend_resource, zend_string, zend_type, zval, HashTable,
};

pub const IS_UNDEF: u8 = 0;
pub const IS_NULL: u8 = 1;
pub const IS_FALSE: u8 = 2;
pub const IS_TRUE: u8 = 3;
pub const IS_LONG: u8 = 4;
pub const IS_DOUBLE: u8 = 5;
pub const IS_STRING: u8 = 6;
pub const IS_ARRAY: u8 = 7;
pub const IS_OBJECT: u8 = 8;
pub const IS_RESOURCE: u8 = 9;
pub const IS_REFERENCE: u8 = 10;
pub const IS_INDIRECT: u8 = 12;

pub const E_WARNING: c_int = 2;
pub const E_NOTICE: c_int = 8;

/// `smart_str`, the buffer php_var_serialize writes into.
#[repr(C)]
pub struct smart_str {
    pub s: *mut zend_string,
    pub a: usize,
}

pub type php_serialize_data_t = *mut c_void;
pub type php_unserialize_data_t = *mut c_void;
pub type rsrc_dtor_func_t = Option<unsafe extern "C" fn(res: *mut zend_resource)>;

extern "C" {
    pub fn zend_parse_method_parameters(num_args: u32, this_ptr: *mut zval, type_spec: *const c_char, ...) -> c_int;
    pub fn zend_parse_parameters(num_args: u32, type_spec: *const c_char, ...) -> c_int;
    pub fn php_error_docref(docref: *const c_char, type_: c_int, format: *const c_char, ...);

    pub fn zend_register_list_destructors_ex(
        ld: rsrc_dtor_func_t,
        pld: rsrc_dtor_func_t,
        type_name: *const c_char,
        module_number: c_int,
    ) -> c_int;
    pub fn zend_register_resource(ptr: *mut c_void, type_: c_int) -> *mut zend_resource;

    pub fn zend_register_internal_class_ex(ce: *mut zend_class_entry, parent: *mut zend_class_entry) -> *mut zend_class_entry;
    pub fn zend_update_property(scope: *mut zend_class_entry, object: *mut zend_object, name: *const c_char, len: usize, value: *mut zval);
    pub fn zend_std_get_properties(object: *mut zend_object) -> *mut HashTable;
    pub fn zend_hash_str_find(ht: *const HashTable, key: *const c_char, len: usize) -> *mut zval;
    pub fn zend_hash_str_update(ht: *mut HashTable, key: *const c_char, len: usize, data: *mut zval) -> *mut zval;
    pub fn zend_hash_index_update(ht: *mut HashTable, h: u64, data: *mut zval) -> *mut zval;
    pub fn zend_hash_update(ht: *mut HashTable, key: *mut zend_string, data: *mut zval) -> *mut zval;
    pub fn zend_hash_str_del(ht: *mut HashTable, key: *const c_char, len: usize) -> i32;
    pub fn zend_hash_index_del(ht: *mut HashTable, h: u64) -> i32;
    pub fn _zend_new_array(size: u32) -> *mut HashTable;
    pub fn zval_ptr_dtor(zv: *mut zval);
    pub fn zend_is_callable(callable: *mut zval, check_flags: u32, callable_name: *mut *mut zend_string) -> bool;
    pub fn _call_user_function_impl(
        object: *mut zval,
        function_name: *mut zval,
        retval: *mut zval,
        param_count: u32,
        params: *mut zval,
        named_params: *mut HashTable,
    ) -> c_int;
    pub fn zval_get_string_func(op: *mut zval) -> *mut zend_string;
    pub fn zend_try_assign_typed_ref(reference: *mut c_void, zv: *mut zval) -> c_int;
    pub fn zend_register_long_constant(name: *const c_char, name_len: usize, lval: i64, flags: c_int, module_number: c_int);

    pub fn php_var_serialize_init() -> php_serialize_data_t;
    pub fn php_var_serialize(buf: *mut smart_str, struc: *mut zval, data: *mut php_serialize_data_t);
    pub fn php_var_serialize_destroy(d: php_serialize_data_t);
    pub fn php_var_unserialize_init() -> php_unserialize_data_t;
    pub fn php_var_unserialize(rval: *mut zval, p: *mut *const u8, max: *const u8, var_hash: *mut php_unserialize_data_t) -> c_int;
    pub fn php_var_unserialize_destroy(d: php_unserialize_data_t);

    pub fn zend_register_ini_entries(defs: *const zend_ini_entry_def, module_number: c_int) -> c_int;
    pub fn zend_unregister_ini_entries(module_number: c_int);
    pub fn display_ini_entries(module: *mut zend_module_entry);
    pub fn zend_ini_parse_quantity_warn(value: *mut zend_string, setting: *mut zend_string) -> i64;
    pub fn zend_ini_parse_bool(s: *mut zend_string) -> bool;
    pub fn zend_ini_boolean_displayer_cb(entry: *mut zend_ini_entry, type_: c_int);

    pub fn php_info_print_table_start();
    pub fn php_info_print_table_end();
    pub fn php_info_print_table_row(num_cols: c_int, ...);

    pub fn _emalloc(size: usize) -> *mut c_void;
    pub fn _efree(ptr: *mut c_void);
    pub fn _estrndup(s: *const c_char, len: usize) -> *mut c_char;
}

/// zend_string's header: refcount/type info, hash, length, then the bytes.
#[repr(C)]
pub struct ZendStringHeader {
    pub refcount: u32,
    pub type_info: u32,
    pub h: u64,
    pub len: usize,
    pub val: [u8; 1],
}

pub unsafe fn zstr_bytes<'a>(s: *const zend_string) -> &'a [u8] {
    let h = s as *const ZendStringHeader;
    std::slice::from_raw_parts(ptr::addr_of!((*h).val) as *const u8, (*h).len)
}

/// A new request-allocated string with these bytes (refcount 1).
pub unsafe fn zstr_new(bytes: &[u8]) -> *mut zend_string {
    ext_php_rs::ffi::ext_php_rs_zend_string_init(bytes.as_ptr() as *const c_char, bytes.len(), false)
}

/// Drops one reference to a string.
pub unsafe fn zstr_release(s: *mut zend_string) {
    ext_php_rs::ffi::ext_php_rs_zend_string_release(s)
}

/// GC_IMMUTABLE, the flag of interned strings (GC_FLAGS_SHIFT is 0).
const GC_IMMUTABLE: u32 = 1 << 6;

#[inline]
pub unsafe fn z_type(zv: *const zval) -> u8 {
    ((*zv).u1.type_info & 0xff) as u8
}

/// Follows a reference (and an INDIRECT slot) to the value.
pub unsafe fn z_deref(mut zv: *mut zval) -> *mut zval {
    if z_type(zv) == IS_INDIRECT {
        zv = (*zv).value.zv;
    }
    if z_type(zv) == IS_REFERENCE {
        zv = ptr::addr_of_mut!((*(*zv).value.ref_).val);
    }
    zv
}

/// A zval on the Rust stack that is never released implicitly. (ext-php-rs's `zval` has a `Drop`
/// that would release the value a second time after it has been handed to PHP.) Whoever owns the
/// value releases it with `zval_ptr_dtor` or moves it into PHP.
#[repr(transparent)]
pub struct Tmp(std::mem::ManuallyDrop<zval>);

impl std::ops::Deref for Tmp {
    type Target = zval;
    fn deref(&self) -> &zval {
        &self.0
    }
}

impl std::ops::DerefMut for Tmp {
    fn deref_mut(&mut self) -> &mut zval {
        &mut self.0
    }
}

impl Tmp {
    pub fn new(z: zval) -> Tmp {
        Tmp(std::mem::ManuallyDrop::new(z))
    }

    /// Moves the value out, for `ptr::write` into a zval PHP owns.
    pub fn into_inner(self) -> zval {
        std::mem::ManuallyDrop::into_inner(self.0)
    }
}

pub fn zv_undef() -> Tmp {
    // SAFETY: an all-zero zval is IS_UNDEF.
    Tmp(std::mem::ManuallyDrop::new(unsafe { std::mem::zeroed() }))
}

pub unsafe fn zv_set_null(zv: *mut zval) {
    (*zv).u1.type_info = IS_NULL as u32;
}
pub unsafe fn zv_set_bool(zv: *mut zval, b: bool) {
    (*zv).u1.type_info = if b { IS_TRUE } else { IS_FALSE } as u32;
}
pub unsafe fn zv_set_long(zv: *mut zval, l: i64) {
    (*zv).value.lval = l;
    (*zv).u1.type_info = IS_LONG as u32;
}
pub unsafe fn zv_set_double(zv: *mut zval, d: f64) {
    (*zv).value.dval = d;
    (*zv).u1.type_info = IS_DOUBLE as u32;
}
/// Takes ownership of `s`.
pub unsafe fn zv_set_str(zv: *mut zval, s: *mut zend_string) {
    (*zv).value.str_ = s;
    // IS_STRING_EX = IS_STRING | IS_TYPE_REFCOUNTED << 8 (interned strings are not refcounted).
    let interned = (*(s as *mut ZendStringHeader)).type_info & GC_IMMUTABLE != 0;
    (*zv).u1.type_info = if interned { IS_STRING as u32 } else { IS_STRING as u32 | (1 << 8) };
}
pub unsafe fn zv_set_bytes(zv: *mut zval, b: &[u8]) {
    zv_set_str(zv, zstr_new(b));
}
/// Takes ownership of `ht`.
pub unsafe fn zv_set_arr(zv: *mut zval, ht: *mut HashTable) {
    (*zv).value.arr = ht;
    // IS_ARRAY_EX = IS_ARRAY | (IS_TYPE_REFCOUNTED | IS_TYPE_COLLECTABLE) << 8
    (*zv).u1.type_info = IS_ARRAY as u32 | (3 << 8);
}
pub unsafe fn zv_set_res(zv: *mut zval, r: *mut zend_resource) {
    (*zv).value.res = r;
    (*zv).u1.type_info = IS_RESOURCE as u32 | (1 << 8);
}

pub unsafe fn new_array() -> *mut HashTable {
    _zend_new_array(0)
}

/// An array with room for `n` elements, so that filling it does not grow it step by step.
pub unsafe fn new_array_sized(n: usize) -> *mut HashTable {
    _zend_new_array(n.min(u32::MAX as usize) as u32)
}

/// add_assoc-style insert: canonical integer strings become integer keys (PHP's symtable rule).
pub unsafe fn symtable_update(ht: *mut HashTable, key: &[u8], val: *mut zval) {
    match numeric_key(key) {
        Some(i) => {
            zend_hash_index_update(ht, i as u64, val);
        }
        None => {
            zend_hash_str_update(ht, key.as_ptr() as *const c_char, key.len(), val);
        }
    }
}

/// `symtable_update` with the key in a PHP string, which the array then shares (and whose hash it
/// computes once and caches in the string).
pub unsafe fn symtable_update_str(ht: *mut HashTable, key: *mut zend_string, val: *mut zval) {
    match numeric_key(zstr_bytes(key)) {
        Some(i) => {
            zend_hash_index_update(ht, i as u64, val);
        }
        None => {
            zend_hash_update(ht, key, val);
        }
    }
}

/// Removes the entry `symtable_update` made under `key`, if any.
pub unsafe fn symtable_del(ht: *mut HashTable, key: &[u8]) {
    match numeric_key(key) {
        Some(i) => zend_hash_index_del(ht, i as u64),
        None => zend_hash_str_del(ht, key.as_ptr() as *const c_char, key.len()),
    };
}

/// ZEND_HANDLE_NUMERIC_STR: "-?[1-9][0-9]*" or "0" that fits in a zend_long.
pub fn numeric_key(key: &[u8]) -> Option<i64> {
    if !matches!(key.first(), Some(b'0'..=b'9' | b'-')) {
        return None;
    }
    let digits = key.strip_prefix(b"-").unwrap_or(key);
    if digits.is_empty() || digits.len() > 20 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    if digits[0] == b'0' && (digits.len() > 1 || key.len() > 1) {
        return None;
    }
    std::str::from_utf8(key).ok()?.parse::<i64>().ok()
}

/// Writes `val` into a by-reference argument, honouring typed references. Takes ownership of `val`.
pub unsafe fn assign_ref(arg: *mut zval, val: *mut zval) {
    if arg.is_null() {
        zval_ptr_dtor(val);
        return;
    }
    if z_type(arg) != IS_REFERENCE {
        zval_ptr_dtor(arg);
        ptr::write(arg, ptr::read(val));
        return;
    }
    let r = (*arg).value.ref_;
    if !(*r).sources.ptr.is_null() {
        zend_try_assign_typed_ref(r as *mut c_void, val);
        return;
    }
    let slot = ptr::addr_of_mut!((*r).val);
    let mut old = Tmp::new(ptr::read(slot));
    ptr::write(slot, ptr::read(val));
    zval_ptr_dtor(&mut *old);
}

/// The request's executor state for the current call: number of arguments and `$this`.
pub unsafe fn num_args(ex: *mut zend_execute_data) -> u32 {
    (*ex).This.u2.num_args
}

pub unsafe fn this_ptr(ex: *mut zend_execute_data) -> *mut zval {
    let this = ptr::addr_of_mut!((*ex).This);
    if z_type(this) == IS_OBJECT {
        this
    } else {
        ptr::null_mut()
    }
}

/// True when an exception is pending (EG(exception)).
pub fn exception_pending() -> bool {
    // SAFETY: reading a field of the executor globals during a request.
    unsafe { !ext_php_rs::ffi::executor_globals.exception.is_null() }
}

extern "C" {
    pub fn object_init_ex(arg: *mut zval, ce: *mut zend_class_entry) -> c_int;
    pub fn zend_wrong_param_count();
}

extern "C" {
    pub fn _erealloc(ptr: *mut c_void, size: usize) -> *mut c_void;
}

/// GC_STRING: the type info of a (non-interned, non-persistent) zend_string.
const GC_STRING: u32 = IS_STRING as u32 | (1 << 4);

/// Bytes of a zend_string of `len` bytes: the header, the bytes and the NUL, 8-aligned (_ZSTR_STRUCT_SIZE).
fn zstr_struct_size(len: usize) -> usize {
    (std::mem::offset_of!(ZendStringHeader, val) + len + 1 + 7) & !7
}

/// zend_string_alloc(len, 0): a request-allocated string (refcount 1) whose `len` bytes the caller fills
/// in through [`zstr_spare`] before the string is used.
pub unsafe fn zstr_alloc(len: usize) -> *mut zend_string {
    let s = _emalloc(zstr_struct_size(len)) as *mut ZendStringHeader;
    (*s).refcount = 1;
    (*s).type_info = GC_STRING;
    (*s).h = 0;
    (*s).len = len;
    s as *mut zend_string
}

/// The byte buffer of a string from [`zstr_alloc`], possibly uninitialised.
pub unsafe fn zstr_spare<'a>(s: *mut zend_string) -> &'a mut [std::mem::MaybeUninit<u8>] {
    let h = s as *mut ZendStringHeader;
    std::slice::from_raw_parts_mut(ptr::addr_of_mut!((*h).val) as *mut std::mem::MaybeUninit<u8>, (*h).len)
}

/// Zend's allocator: the chunk it reserves memory in, and the largest "small" (binned) and "large"
/// (pages of a chunk) blocks; bigger ones are "huge" blocks of their own, in whole pages.
pub const ZEND_MM_CHUNK_SIZE: usize = 2 << 20;
pub const ZEND_MM_PAGE_SIZE: usize = 4096;
const ZEND_MM_MAX_SMALL_SIZE: usize = 3072;
const ZEND_MM_MAX_LARGE_SIZE: usize = ZEND_MM_CHUNK_SIZE - ZEND_MM_PAGE_SIZE;

/// zend_string_truncate: shortens a string nobody else holds to its first `len` (initialised) bytes, no
/// more than it has, and adds the NUL. The spare memory goes back when that saves at least a page: in place when the block
/// stays huge or stays large, which allocates nothing; otherwise erealloc moves the bytes to a new block,
/// which may take a new chunk, so only when `room` (what memory_limit still leaves) holds one. Returns
/// the string, which may have moved.
pub unsafe fn zstr_truncate(s: *mut zend_string, len: usize, room: usize) -> *mut zend_string {
    let mut h = s as *mut ZendStringHeader;
    let (old, new) = (zstr_struct_size((*h).len), zstr_struct_size(len));
    let large = ZEND_MM_MAX_SMALL_SIZE + 1..=ZEND_MM_MAX_LARGE_SIZE;
    let in_place = (old > ZEND_MM_MAX_LARGE_SIZE && new > ZEND_MM_MAX_LARGE_SIZE)
        || (large.contains(&old) && large.contains(&new));
    if old.saturating_sub(new) >= ZEND_MM_PAGE_SIZE && (in_place || room >= ZEND_MM_CHUNK_SIZE) {
        h = _erealloc(h as *mut c_void, new) as *mut ZendStringHeader;
    }
    (*h).len = len;
    *(ptr::addr_of_mut!((*h).val) as *mut u8).add(len) = 0;
    h as *mut zend_string
}

/// Frees a string from [`zstr_alloc`] that was never handed out.
pub unsafe fn zstr_free(s: *mut zend_string) {
    _efree(s as *mut c_void)
}
