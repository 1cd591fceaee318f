--TEST--
Store/get/increment/delete arguments follow PHP weak-mode coercion
--DESCRIPTION--
Spec §2.1 notes: $key accepts any scalar (converted to a string), int parameters use normal PHP coercion
("5", 5.0 and true are ints; null gives PHP's "Passing null to parameter #N ($name) of type int is deprecated").
The pool is created with E_DEPRECATED masked (8.0 oracle's dynamic-property deprecation, covered by
module/dynamic_properties.phpt), then E_ALL is enabled.
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
$p = new MemcachePool;
$p->addServer($host, $port);
error_reporting(E_ALL);
$k = 'coerce_store_k';
t(fn() => $p->set($k, 'v', "0", "60"));
t(fn() => $p->set($k, 'v', 0.0, 60.0));
t(fn() => $p->set($k, 'v', false, true));
t(fn() => $p->set($k, 'v', null, null, null));
t(fn() => $p->set($k, 'v', "abc"));
t(fn() => $p->set($k, 'v', 0, []));
t(fn() => $p->set($k, 'v', 0.5));
t(fn() => memcache_set($p, $k, 'v', "0", "60"));
t(fn() => memcache_set($p, $k, 'v', null));
t(fn() => $p->set(73110001, 'int key'));
t(fn() => $p->get("73110001"));
t(fn() => $p->get(73110001.0));
t(fn() => $p->delete(73110001));
t(fn() => $p->set('coerce_store_n', 5));
t(fn() => $p->increment('coerce_store_n', "2"));
t(fn() => $p->increment('coerce_store_n', 2.0));
t(fn() => $p->increment('coerce_store_n', true));
t(fn() => $p->increment('coerce_store_n', null));
t(fn() => $p->increment('coerce_store_n', "x"));
t(fn() => $p->decrement('coerce_store_n', 1.5));
t(fn() => memcache_increment($p, 'coerce_store_n', null));
t(fn() => $p->delete('coerce_store_n', "0"));
t(fn() => $p->delete($k, "x"));
t(fn() => $p->delete($k, null));
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)

Deprecated: MemcachePool::set(): Passing null to parameter #3 ($flags) of type int is deprecated in %s on line %d

Deprecated: MemcachePool::set(): Passing null to parameter #4 ($exptime) of type int is deprecated in %s on line %d

Deprecated: MemcachePool::set(): Passing null to parameter #5 ($cas) of type int is deprecated in %s on line %d
bool(true)
TypeError: MemcachePool::set(): Argument #3 ($flags) must be of type int, string given
TypeError: MemcachePool::set(): Argument #4 ($exptime) must be of type int, array given

Deprecated: Implicit conversion from float 0.5 to int loses precision in %s on line %d
bool(true)
bool(true)

Deprecated: memcache_set(): Passing null to parameter #4 ($flags) of type int is deprecated in %s on line %d
bool(true)
bool(true)
string(7) "int key"
string(7) "int key"
bool(true)
bool(true)
int(7)
int(9)
int(10)

Deprecated: MemcachePool::increment(): Passing null to parameter #2 ($value) of type int is deprecated in %s on line %d
int(10)
TypeError: MemcachePool::increment(): Argument #2 ($value) must be of type int, string given

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line %d
int(9)

Deprecated: memcache_increment(): Passing null to parameter #3 ($value) of type int is deprecated in %s on line %d
int(9)
bool(true)
TypeError: MemcachePool::delete(): Argument #2 ($exptime) must be of type int, string given

Deprecated: MemcachePool::delete(): Passing null to parameter #2 ($exptime) of type int is deprecated in %s on line %d
bool(true)
