--TEST--
replace(): false silently for a missing key (nothing is created), true for an existing key
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=ascii
--FILE--
<?php
// E_DEPRECATED is masked (--INI--) only because the 8.0 oracle emits "Creation of dynamic property
// Memcache::$connection is deprecated" on PHP 8.2; 8.2 (spec §1) must not emit it at all.
// memcache.protocol is pinned to ascii: the expected results are the ASCII ones (spec §7.3); the binary
// protocol differs here (spec §7.4), see replace_missing_binary.phpt.
require __DIR__ . '/../config.inc';
$m = test_memcache();
$k = "store_replace_missing";
$m->delete($k);
var_dump($m->replace($k, "x"));
var_dump($m->get($k));
var_dump($m->set($k, "old"));
var_dump($m->replace($k, "new"));
var_dump($m->get($k));
var_dump(memcache_replace($m, $k, 5));
var_dump($m->get($k));
$m->delete($k);
?>
--EXPECT--
bool(false)
bool(false)
bool(true)
bool(true)
string(3) "new"
bool(true)
int(5)
