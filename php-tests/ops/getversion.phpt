--TEST--
getVersion() returns the server version string without the "VERSION " prefix (§4.11)
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = test_memcache();
$v = $m->getVersion();
var_dump(is_string($v), (bool)preg_match('/^\d+\.\d+\.\d+/', $v), strpos($v, 'VERSION') === false);
var_dump(trim($v) === $v);
$s = $m->getStats();
var_dump($v === $s['version']);
$p = test_pool();
var_dump($p->getVersion() === $v);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
