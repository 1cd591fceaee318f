--TEST--
memcache_add() stores only when the key is absent
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = test_memcache();
$k = 'ops_procedural_add_' . getmypid();
$m->delete($k);
var_dump(memcache_add($m, $k, 'first'));
var_dump(memcache_add($m, $k, 'second'));
var_dump($m->get($k));
$m->delete($k);
?>
--EXPECT--
bool(true)
bool(false)
string(5) "first"
