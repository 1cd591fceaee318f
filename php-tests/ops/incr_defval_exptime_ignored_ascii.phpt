--TEST--
ASCII increment()/decrement() ignore defval and exptime: a missing key stays missing (§4.8)
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=ascii
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = test_memcache();
$k = 'ops_incr_defval_exptime_ignored_ascii_' . getmypid();
$m->delete($k);
var_dump($m->increment($k, 1, 5));
var_dump($m->increment($k, 1, 5, 60));
var_dump($m->decrement($k, 1, 5, 60));
var_dump(memcache_increment($m, $k, 1, 5, 60));
var_dump(memcache_decrement($m, $k, 1, 5));
var_dump($m->increment([$k], 1, 5, 60));
var_dump($m->get($k));
?>
--EXPECTF--
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
array(1) {
  ["ops_incr_defval_exptime_ignored_ascii_%d%0"]=>
  bool(false)
}
bool(false)
