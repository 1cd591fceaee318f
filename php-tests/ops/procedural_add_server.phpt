--TEST--
memcache_add_server() adds a server lazily to a Memcache object
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = test_memcache();
$k = 'ops_procedural_add_server_' . getmypid();
$m2 = new Memcache;
var_dump(memcache_add_server($m2, $host, $port2));
var_dump(memcache_set($m2, $k, 'on second'));
var_dump(memcache_get($m2, $k));
var_dump($m2->findServer($k) === "$host:$port2");
var_dump($m->get($k));   // the first daemon does not have it
$m2->delete($k);
?>
--EXPECT--
bool(true)
bool(true)
string(9) "on second"
bool(true)
bool(false)
