--TEST--
delete() with an array of keys returns one bool: true if all deleted, false if any missing, false for an empty array (§4.9)
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = test_memcache();
$p = 'ops_delete_array_' . getmypid() . '_';
var_dump($m->set($p . 'a', 1), $m->set($p . 'b', 2), $m->set($p . 'c', 3));
var_dump($m->delete([$p . 'a', $p . 'b']));
var_dump($m->get([$p . 'a', $p . 'b']));
// one missing key makes the result false, but the existing ones are still deleted
var_dump($m->delete([$p . 'c', $p . 'missing']));
var_dump($m->get($p . 'c'));
var_dump($m->delete([$p . 'x', $p . 'y']));
var_dump($m->delete([]));
var_dump($m->set($p . 'd', 4));
var_dump($m->delete(['', $p . 'd'], 10));
var_dump($m->get($p . 'd'));
var_dump($m->delete(['']));
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
array(0) {
}
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)

Warning: MemcachePool::delete(): Invalid key in %s on line %d
bool(true)
bool(false)

Warning: MemcachePool::delete(): Invalid key in %s on line %d
bool(false)
