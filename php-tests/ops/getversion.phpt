--TEST--
getVersion() returns the server version string without the "VERSION " prefix (§4.11), in both protocols
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
// the same string the server reports to a raw ASCII "version" (binary has no stats to compare with, §4.12)
$fp = fsockopen($host, $port, $errno, $errstr, 2);
fwrite($fp, "version\r\n");
var_dump(rtrim((string)fgets($fp), "\r\n") === "VERSION $v");
fclose($fp);
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
