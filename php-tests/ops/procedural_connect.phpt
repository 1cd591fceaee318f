--TEST--
memcache_connect() returns a connected Memcache object
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
$k = 'ops_procedural_connect_' . getmypid();
$m = memcache_connect($host, $port);
var_dump(get_class($m));
var_dump(memcache_set($m, $k, 'v'), memcache_get($m, $k));
$m2 = memcache_connect($host, $port, 0.5);
var_dump($m2 instanceof Memcache, memcache_get($m2, $k));
var_dump($m2->findServer($k) === "$host:$port");
$m->delete($k);
?>
--EXPECT--
string(8) "Memcache"
bool(true)
string(1) "v"
bool(true)
string(1) "v"
bool(true)
