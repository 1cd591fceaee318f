--TEST--
memcache.redundancy larger than the pool: copies go to every server once, never more (§6.5)
--DESCRIPTION--
redundancy=10 with two servers: set, increment and delete reach both, and an increment is applied once per
server (a second copy to the same server would add twice). With a one-server pool the setting changes nothing.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
memcache.redundancy=10
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
require __DIR__ . '/multi_server.inc';
$a = ms_direct($port);
$b = ms_direct($port2);
$p = new MemcachePool;
$p->addServer($host, $port, 0, false);
$p->addServer($host, $port2, 0, false);
$k = 'pool_redundancy_large_' . getmypid();
var_dump($p->set($k, 10));
var_dump($a->get($k), $b->get($k));
var_dump($p->increment($k, 5));
var_dump($a->get($k), $b->get($k));
var_dump($p->delete($k));
var_dump($a->get($k), $b->get($k));
echo "--- one server\n";
$one = new MemcachePool;
$one->addServer($host, $port2, 0, false);
var_dump($one->set($k, 1), $one->increment($k), $one->get($k));
var_dump($a->get($k), $b->get($k));
var_dump($one->delete($k));
?>
--EXPECT--
bool(true)
int(10)
int(10)
int(15)
int(15)
int(15)
bool(true)
bool(false)
bool(false)
--- one server
bool(true)
int(2)
int(2)
bool(false)
int(2)
bool(true)
