--TEST--
After a failure on a refused server, the next call on a fresh pool to a live server works (§5.4, §6.3)
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
$k = 'failure_fresh_pool_after_failure_' . getmypid();
$bad = new MemcachePool;
var_dump($bad->addServer('127.0.0.1', $refused_port));
var_dump($bad->set($k, 'x'));
$good = new MemcachePool;
var_dump($good->addServer($host, $port));
var_dump($good->set($k, 'live'));
var_dump($good->get($k));
// the live server was never affected
var_dump($good->getServerStatus($host, $port));
// the failure of the persistent refused server is shared: a fresh pool using it fails silently
$bad2 = new MemcachePool;
var_dump($bad2->addServer('127.0.0.1', $refused_port));
var_dump($bad2->get($k));
var_dump($bad2->getServerStatus('127.0.0.1', $refused_port));
// procedural, fresh object
$m = memcache_connect($host, $port);
var_dump(memcache_get($m, $k));
$good->delete($k);
?>
--EXPECTF--
bool(true)

Notice: MemcachePool::set(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(false)
bool(true)
bool(true)
string(4) "live"
int(1)
bool(true)
bool(false)
int(0)
string(4) "live"
