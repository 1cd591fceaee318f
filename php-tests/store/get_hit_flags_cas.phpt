--TEST--
get() hit: value returned, $flags gets the raw stored flags, $cas the CAS token as int
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
$k = "store_get_hit_flags_cas";
var_dump($m->set($k, "val", MEMCACHE_USER1));
var_dump($m->get($k, $flags));
var_dump($flags);
var_dump($m->get($k, $flags, $cas));
var_dump($flags, is_int($cas), $cas > 0);
// the CAS changes with every write
$m->set($k, 5, MEMCACHE_USER2);
var_dump($m->get($k, $flags, $cas2));
var_dump($flags, $cas2 > $cas);
// the procedural form
var_dump(memcache_get($m, $k, $flags, $cas3), $flags, $cas3 === $cas2);
$m->delete($k);
?>
--EXPECT--
bool(true)
string(3) "val"
int(65536)
string(3) "val"
int(65536)
bool(true)
bool(true)
int(5)
int(131840)
bool(true)
int(5)
int(131840)
bool(true)
