--TEST--
memcache_increment() increments and returns the new int
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = test_memcache();
$k = 'ops_procedural_increment_' . getmypid();
$m->set($k, 1);
var_dump(memcache_increment($m, $k));
var_dump(memcache_increment($m, $k, 10));
var_dump(str_replace($k, "K", json_encode(memcache_increment($m, [$k], 2))));
var_dump(memcache_increment($m, $k . '_missing'));
$m->delete($k);
?>
--EXPECT--
int(2)
int(12)
string(8) "{"K":14}"
bool(false)
