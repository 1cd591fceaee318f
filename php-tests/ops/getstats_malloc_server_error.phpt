--TEST--
getStats('malloc'): memcached answers ERROR, which is a server failure: notice "ERROR (0)", false, server marked failed (§4.12)
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
$m = new Memcache;
var_dump($m->connect($host, $port));   // non-persistent, so the failure stays in this object
var_dump($m->getStats('malloc'));
var_dump($m->getServerStatus($host, $port));
// the server is now skipped silently until retry_interval (15 s) passes
var_dump($m->get('ops_getstats_malloc_server_error'));
var_dump($m->getStats());
// a fresh object to the same daemon works
$m2 = new Memcache;
var_dump($m2->connect($host, $port));
var_dump(is_array($m2->getStats()));
?>
--EXPECTF--
bool(true)

Notice: MemcachePool::getstats(): Server 127.0.0.1 (tcp %d, udp 0) failed with: ERROR (0) in %s on line %d
bool(false)
int(0)
bool(false)
bool(false)
bool(true)
bool(true)
