--TEST--
add(): stores a missing key, returns false silently for an existing key and leaves it unchanged
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
$k = "store_add_existing";
$m->delete($k);
var_dump($m->add($k, "first"));
var_dump($m->add($k, "second"));
var_dump($m->get($k));
var_dump(memcache_add($m, $k, "third"));
var_dump($m->get($k));
$m->delete($k);
?>
--EXPECT--
bool(true)
bool(false)
string(5) "first"
bool(false)
string(5) "first"
