--TEST--
get(): an empty key gives "Invalid key" — false for a single key, skipped inside an array
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
$k = "store_get_invalid_key";
$m->set($k, "v");
$flags = "untouched";
var_dump($m->get("", $flags), $flags);
var_dump($m->get(["", $k, ""]));
var_dump($m->get([""]));
var_dump(memcache_get($m, ""));
$m->delete($k);
?>
--EXPECTF--
Warning: MemcachePool::get(): Invalid key in %s on line %d
bool(false)
string(9) "untouched"

Warning: MemcachePool::get(): Invalid key in %s on line %d

Warning: MemcachePool::get(): Invalid key in %s on line %d
array(1) {
  ["store_get_invalid_key"]=>
  string(1) "v"
}

Warning: MemcachePool::get(): Invalid key in %s on line %d
array(0) {
}

Warning: memcache_get(): Invalid key in %s on line %d
bool(false)
