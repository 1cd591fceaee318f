--TEST--
memcache_decrement() decrements and returns the new int, clamping at 0
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = test_memcache();
$k = 'ops_procedural_decrement_' . getmypid();
$m->set($k, 20);
var_dump(memcache_decrement($m, $k));
var_dump(memcache_decrement($m, $k, 10));
var_dump(str_replace($k, "K", json_encode(memcache_decrement($m, [$k], 2))));
var_dump(memcache_decrement($m, $k, 100));
var_dump(memcache_decrement($m, $k . '_missing'));
$m->delete($k);
?>
--EXPECT--
int(19)
int(9)
string(7) "{"K":7}"
int(0)
bool(false)
