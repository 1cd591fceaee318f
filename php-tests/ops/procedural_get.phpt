--TEST--
memcache_get() returns the value (scalar and array keys) and fills flags/cas by reference
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = test_memcache();
$k = 'ops_procedural_get_' . getmypid();
$m->set($k, 123);
var_dump(memcache_get($m, $k));
var_dump(memcache_get($m, $k, $flags, $cas), $flags, is_int($cas) && $cas > 0);
var_dump(str_replace($k, "K", json_encode(memcache_get($m, [$k, $k . "_missing"]))));
var_dump(memcache_get($m, $k . '_missing'));
$m->delete($k);
?>
--EXPECT--
int(123)
int(123)
int(768)
bool(true)
string(9) "{"K":123}"
bool(false)
