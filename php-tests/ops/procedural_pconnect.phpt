--TEST--
memcache_pconnect() returns a Memcache object with a persistent connection
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
$k = 'ops_procedural_pconnect_' . getmypid();
$m = memcache_pconnect($host, $port);
var_dump(get_class($m));
var_dump(memcache_set($m, $k, 'v'), memcache_get($m, $k));
$m2 = memcache_pconnect($host, $port);
var_dump(memcache_get($m2, $k));
$m->delete($k);
?>
--EXPECT--
string(8) "Memcache"
bool(true)
string(1) "v"
string(1) "v"
