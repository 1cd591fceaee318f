--TEST--
flags: any bit of the low 16 bits other than MEMCACHE_COMPRESSED gives the reserved-bits warning and false, nothing is stored
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
// E_DEPRECATED is masked (--INI--) only because the 8.0 oracle emits "Creation of dynamic property
// Memcache::$connection is deprecated" on PHP 8.2; 8.2 (spec §1) must not emit it at all.
require __DIR__ . '/../config.inc';
$m = test_memcache();
$k = "store_flags_reserved";
$m->set($k, "before");
foreach ([1, 4, 0x100, 0x300, 0x8000, 0xFFFF, -1, (1 << 32) | 1, true] as $fl) {
    echo var_export($fl, true), ": ";
    var_dump($m->set($k, "bad", $fl));
}
var_dump($m->get($k));
foreach (["add", "replace", "append", "prepend"] as $op) {
    echo "$op: ";
    var_dump($m->$op($k, "bad", 0x10));
}
echo "cas: ";
var_dump($m->cas($k, "bad", 0x10, 0, 1));
var_dump(memcache_set($m, $k, "bad", 0x200));
var_dump($m->get($k));
// in an array set the warning is emitted once per item, none is stored
$m->delete($k . "_a"); $m->delete($k . "_b");
var_dump($m->set([$k . "_a" => 1, $k . "_b" => 2], null, 1));
var_dump($m->get([$k . "_a", $k . "_b"]));
$m->delete($k);
?>
--EXPECTF--
1: 
Warning: MemcachePool::set(): The lowest two bytes of the flags array is reserved for pecl/memcache internal use in %s on line %d
bool(false)
4: 
Warning: MemcachePool::set(): The lowest two bytes of the flags array is reserved for pecl/memcache internal use in %s on line %d
bool(false)
256: 
Warning: MemcachePool::set(): The lowest two bytes of the flags array is reserved for pecl/memcache internal use in %s on line %d
bool(false)
768: 
Warning: MemcachePool::set(): The lowest two bytes of the flags array is reserved for pecl/memcache internal use in %s on line %d
bool(false)
32768: 
Warning: MemcachePool::set(): The lowest two bytes of the flags array is reserved for pecl/memcache internal use in %s on line %d
bool(false)
65535: 
Warning: MemcachePool::set(): The lowest two bytes of the flags array is reserved for pecl/memcache internal use in %s on line %d
bool(false)
-1: 
Warning: MemcachePool::set(): The lowest two bytes of the flags array is reserved for pecl/memcache internal use in %s on line %d
bool(false)
4294967297: 
Warning: MemcachePool::set(): The lowest two bytes of the flags array is reserved for pecl/memcache internal use in %s on line %d
bool(false)
true: 
Warning: MemcachePool::set(): The lowest two bytes of the flags array is reserved for pecl/memcache internal use in %s on line %d
bool(false)
string(6) "before"
add: 
Warning: MemcachePool::add(): The lowest two bytes of the flags array is reserved for pecl/memcache internal use in %s on line %d
bool(false)
replace: 
Warning: MemcachePool::replace(): The lowest two bytes of the flags array is reserved for pecl/memcache internal use in %s on line %d
bool(false)
append: 
Warning: MemcachePool::append(): The lowest two bytes of the flags array is reserved for pecl/memcache internal use in %s on line %d
bool(false)
prepend: 
Warning: MemcachePool::prepend(): The lowest two bytes of the flags array is reserved for pecl/memcache internal use in %s on line %d
bool(false)
cas: 
Warning: MemcachePool::cas(): The lowest two bytes of the flags array is reserved for pecl/memcache internal use in %s on line %d
bool(false)

Warning: memcache_set(): The lowest two bytes of the flags array is reserved for pecl/memcache internal use in %s on line %d
bool(false)
string(6) "before"

Warning: MemcachePool::set(): The lowest two bytes of the flags array is reserved for pecl/memcache internal use in %s on line %d

Warning: MemcachePool::set(): The lowest two bytes of the flags array is reserved for pecl/memcache internal use in %s on line %d
bool(false)
array(0) {
}
