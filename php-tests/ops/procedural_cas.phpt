--TEST--
memcache_cas() stores with the right CAS token and fails silently with a stale one
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = test_memcache();
$k = 'ops_procedural_cas_' . getmypid();
$m->set($k, 'v1');
$m->get($k, $flags, $cas);
var_dump(memcache_cas($m, $k, 'v2', 0, 0, $cas));
var_dump($m->get($k));
var_dump(memcache_cas($m, $k, 'v3', 0, 0, $cas));   // token is stale now
var_dump($m->get($k));
$m->delete($k);
?>
--EXPECT--
bool(true)
string(2) "v2"
bool(false)
string(2) "v2"
