--TEST--
store + get with non-string keys: ints, floats and true are converted to strings
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
$m->delete("12345678"); $m->delete("1.5"); $m->delete("1");
var_dump($m->set(12345678, "int key"));
var_dump($m->get("12345678"), $m->get(12345678));
var_dump($m->set(1.5, "float key"));
var_dump($m->get("1.5"), $m->get(1.5));
var_dump($m->set(true, "true key"));
var_dump($m->get("1"), $m->get(true), $m->get(1.0));
var_dump($m->get(false));
var_dump($m->get(null));
var_dump($m->get([12345678, 1.5, true, false, null]));
$m->delete("12345678"); $m->delete("1.5"); $m->delete("1");
?>
--EXPECTF--
bool(true)
string(7) "int key"
string(7) "int key"
bool(true)
string(9) "float key"
string(9) "float key"
bool(true)
string(8) "true key"
string(8) "true key"
string(8) "true key"

Warning: MemcachePool::get(): Invalid key in %s on line %d
bool(false)

Warning: MemcachePool::get(): Invalid key in %s on line %d
bool(false)

Warning: MemcachePool::get(): Invalid key in %s on line %d

Warning: MemcachePool::get(): Invalid key in %s on line %d
array(3) {
  [12345678]=>
  string(7) "int key"
  ["1.5"]=>
  string(9) "float key"
  [1]=>
  string(8) "true key"
}
