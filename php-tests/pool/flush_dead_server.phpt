--TEST--
flush() with a dead server in the pool returns false but still flushes every live server (§4.10)
--DESCRIPTION--
Pool A, D (refused), B. flush() emits D's notice and returns false; the items stored on A and B are gone.
With D known to be failed, a second flush is silent and still false. Without D the result is true.
This test empties both daemons.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
require __DIR__ . '/multi_server.inc';
$a = ms_direct($port);
$b = ms_direct($port2);
$k = 'pool_flush_dead_' . getmypid();
$p = new MemcachePool;
$p->addServer($host, $port, 0, false);
$p->addServer('127.0.0.1', $refused_port, 0, false);
$p->addServer($host, $port2, 0, false);
var_dump($a->set($k, 'a'), $b->set($k, 'b'));
var_dump($p->flush());
var_dump($a->get($k), $b->get($k));
var_dump($a->set($k, 'a'), $b->set($k, 'b'));
var_dump($p->flush());
var_dump($a->get($k), $b->get($k));
$live = new MemcachePool;
$live->addServer($host, $port, 0, false);
$live->addServer($host, $port2, 0, false);
var_dump($live->flush());
?>
--EXPECTF--
bool(true)
bool(true)

Notice: MemcachePool::flush(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(false)
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
bool(true)
