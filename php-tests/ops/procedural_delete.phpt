--TEST--
memcache_delete() deletes a key (true), false when missing; array form returns one bool
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = test_memcache();
$k = 'ops_procedural_delete_' . getmypid();
$m->set($k, 'v');
var_dump(memcache_delete($m, $k));
var_dump(memcache_delete($m, $k));
var_dump($m->get($k));
$m->set($k . '_a', 1); $m->set($k . '_b', 1);
var_dump(memcache_delete($m, [$k . '_a', $k . '_b'], 0));
?>
--EXPECT--
bool(true)
bool(false)
bool(false)
bool(true)
