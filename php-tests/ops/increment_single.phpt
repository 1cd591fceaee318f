--TEST--
increment() on a single key: hit returns the new int, miss returns false, a negative value decrements (§4.8)
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = test_memcache();
$k = 'ops_increment_single_' . getmypid();
$m->delete($k);
var_dump($m->set($k, 10));
var_dump($m->increment($k));          // default value 1
var_dump($m->increment($k, 5));
var_dump($m->increment($k, -3));      // negative value flips into a decrement
var_dump($m->increment($k, 0));
var_dump($m->get($k));
var_dump($m->increment($k . '_missing'));
var_dump($m->increment($k . '_missing', 7));
var_dump($m->get($k . '_missing'));
$m->delete($k);
?>
--EXPECT--
bool(true)
int(11)
int(16)
int(13)
int(13)
int(13)
bool(false)
bool(false)
bool(false)
