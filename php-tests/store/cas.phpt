--TEST--
cas(): uses the CAS token from get(..., $flags, $cas); a wrong token fails silently, the right one succeeds once
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
$k = "store_cas";
var_dump($m->set($k, "v1"));
$flags = $cas = null;
var_dump($m->get($k, $flags, $cas));
var_dump($flags, is_int($cas), $cas > 0);
var_dump($m->cas($k, "wrong", 0, 0, $cas + 1));
var_dump($m->get($k));
var_dump($m->cas($k, "v2", 0, 0, $cas));
var_dump($m->get($k, $flags, $cas2));
var_dump($cas2 !== $cas);
// the old token is now stale
var_dump($m->cas($k, "v3", 0, 0, $cas));
var_dump($m->get($k));
// procedural form, with flags
var_dump(memcache_cas($m, $k, "v4", MEMCACHE_USER3, 0, $cas2));
var_dump($m->get($k, $flags), $flags);
$m->delete($k);
?>
--EXPECT--
bool(true)
string(2) "v1"
int(0)
bool(true)
bool(true)
bool(false)
string(2) "v1"
bool(true)
string(2) "v2"
bool(true)
bool(false)
string(2) "v2"
bool(true)
string(2) "v4"
int(262144)
