--TEST--
memcache_set_failure_callback() installs (and null clears) the pool's failure callback
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = test_memcache();
$cb = function ($h, $tp, $up, $e, $en) { echo "callback: $e ($en)\n"; };
var_dump(memcache_set_failure_callback($m, $cb));
var_dump($m->_failureCallback === $cb);
var_dump(memcache_set_failure_callback($m, null));
var_dump($m->_failureCallback);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
NULL
