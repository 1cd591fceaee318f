--TEST--
decrement() on a single key: hit returns the new int, below zero clamps to 0, negative value increments, miss returns false (§4.8)
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = test_memcache();
$k = 'ops_decrement_single_' . getmypid();
$m->delete($k);
var_dump($m->set($k, 10));
var_dump($m->decrement($k));          // default value 1
var_dump($m->decrement($k, 4));
var_dump($m->decrement($k, -6));      // negative value flips into an increment
var_dump($m->decrement($k, 100));     // memcached clamps at 0
var_dump($m->decrement($k));
var_dump($m->get($k));
var_dump($m->decrement($k . '_missing'));
var_dump($m->decrement($k . '_missing', 3));
$m->delete($k);
?>
--EXPECT--
bool(true)
int(9)
int(5)
int(11)
int(0)
int(0)
int(0)
bool(false)
bool(false)
