--TEST--
store methods: an empty key (also false/null) gives "Invalid key" and false; in an array it is skipped and the rest stored
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
$k = "store_invalid_key";
var_dump($m->set("", "v"));
var_dump($m->set(false, "v"));
var_dump($m->set(null, "v"));
var_dump($m->add("", "v"));
var_dump($m->replace("", "v"));
var_dump($m->append("", "v"));
var_dump($m->prepend("", "v"));
var_dump($m->cas("", "v", 0, 0, 1));
$m->delete($k);
var_dump($m->set(["" => "empty", $k => "good"], null));
var_dump($m->get($k));
// only invalid keys: nothing was sent, false
var_dump($m->set(["" => "empty"], null));
$m->delete($k);
?>
--EXPECTF--
Warning: MemcachePool::set(): Invalid key in %s on line %d
bool(false)

Warning: MemcachePool::set(): Invalid key in %s on line %d
bool(false)

Warning: MemcachePool::set(): Invalid key in %s on line %d
bool(false)

Warning: MemcachePool::add(): Invalid key in %s on line %d
bool(false)

Warning: MemcachePool::replace(): Invalid key in %s on line %d
bool(false)

Warning: MemcachePool::append(): Invalid key in %s on line %d
bool(false)

Warning: MemcachePool::prepend(): Invalid key in %s on line %d
bool(false)

Warning: MemcachePool::cas(): Invalid key in %s on line %d
bool(false)

Warning: MemcachePool::set(): Invalid key in %s on line %d
bool(true)
string(4) "good"

Warning: MemcachePool::set(): Invalid key in %s on line %d
bool(false)
