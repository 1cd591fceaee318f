--TEST--
memcache_prepend() prepends to an existing string, false for a missing key
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
; ASCII: in binary a missing key is a server failure (§7.4); binary twin: procedural_prepend_binary.phpt
memcache.protocol=ascii
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = test_memcache();
$k = 'ops_procedural_prepend_' . getmypid();
$m->delete($k);
var_dump(memcache_prepend($m, $k, 'x'));
$m->set($k, 'abc');
var_dump(memcache_prepend($m, $k, 'def'));
var_dump($m->get($k));
$m->delete($k);
?>
--EXPECT--
bool(false)
bool(true)
string(6) "defabc"
