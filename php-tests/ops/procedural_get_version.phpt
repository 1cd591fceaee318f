--TEST--
memcache_get_version() returns the server version
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = test_memcache();
$v = memcache_get_version($m);
var_dump((bool)preg_match('/^\d+\.\d+\.\d+/', $v));
var_dump($v === $m->getVersion());
?>
--EXPECT--
bool(true)
bool(true)
