--TEST--
memcache_close() removes the servers; later operations return false without a warning
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = test_memcache();
$k = 'ops_procedural_close_' . getmypid();
var_dump($m->set($k, 'v'));
var_dump(memcache_close($m));
var_dump(memcache_get($m, $k));
var_dump(memcache_close($m));
$m2 = test_memcache();
$m2->delete($k);
?>
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(true)
