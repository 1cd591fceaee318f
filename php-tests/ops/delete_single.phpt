--TEST--
delete() on a single key: true when deleted, false (silently) when missing; the exptime argument is ignored (§4.9)
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = test_memcache();
$k = 'ops_delete_single_' . getmypid();
var_dump($m->set($k, 'v'));
var_dump($m->delete($k));
var_dump($m->get($k));
var_dump($m->delete($k));
// a delay is accepted without diagnostic and ignored: the item is gone at once
var_dump($m->set($k, 'v'));
var_dump($m->delete($k, 30));
var_dump($m->get($k));
var_dump($m->add($k, 'again'));   // add succeeds because no delete lock is held
var_dump($m->delete($k, -1));
var_dump($m->get($k));
var_dump($m->delete(''));
?>
--EXPECTF--
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)

Warning: MemcachePool::delete(): Invalid key in %s on line %d
bool(false)
