--TEST--
getStats()/getExtendedStats() with an unknown type ('' or 'foo'): "Invalid stats type" warning and false, nothing sent (§4.12)
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = test_memcache();
var_dump($m->getStats(''));
var_dump($m->getStats('foo'));
var_dump($m->getStats('ITEMS'));     // case-sensitive
var_dump($m->getExtendedStats(''));
var_dump($m->getExtendedStats('foo'));
var_dump(memcache_get_stats($m, 'foo'));
var_dump(memcache_get_extended_stats($m, 'foo'));
// the server was not touched
var_dump($m->getServerStatus($host, $port));
?>
--EXPECTF--
Warning: MemcachePool::getstats(): Invalid stats type in %s on line %d
bool(false)

Warning: MemcachePool::getstats(): Invalid stats type in %s on line %d
bool(false)

Warning: MemcachePool::getstats(): Invalid stats type in %s on line %d
bool(false)

Warning: MemcachePool::getextendedstats(): Invalid stats type in %s on line %d
bool(false)

Warning: MemcachePool::getextendedstats(): Invalid stats type in %s on line %d
bool(false)

Warning: memcache_get_stats(): Invalid stats type in %s on line %d
bool(false)

Warning: memcache_get_extended_stats(): Invalid stats type in %s on line %d
bool(false)
int(1)
