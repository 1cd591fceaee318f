--TEST--
memcache_get_stats() returns the server's stats array
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
; ASCII only: the binary protocol has no stats (§4.12; ../binary/stats_false.phpt)
memcache.protocol=ascii
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = test_memcache();
$s = memcache_get_stats($m);
var_dump(is_array($s), isset($s['pid'], $s['version']), gettype($s['pid']));
$i = memcache_get_stats($m, 'slabs');
var_dump(isset($i['active_slabs']));
?>
--EXPECT--
bool(true)
bool(true)
string(6) "string"
bool(true)
