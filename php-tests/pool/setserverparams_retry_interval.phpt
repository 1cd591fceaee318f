--TEST--
setServerParams() sets a server's retry_interval; omitting it resets it to 15 (§4.2, §6.1)
--DESCRIPTION--
Pool A (live) and D (refused, added with retry_interval 15). The test starts early in a second T.
* D fails in T. setServerParams(D, 1.0, 1) revives it and sets retry_interval 1: the next request fails in T;
  in T+1 D is retried (new notice).
* setServerParams(D) with the defaults revives it with retry_interval 15 again: after the failure in T+1,
  D is not retried in T+2.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
require __DIR__ . '/multi_server.inc';
$p = new MemcachePool;
$p->addServer($host, $port, 0, false);
$p->addServer('127.0.0.1', $refused_port, 0, false, 1, 1.0, 15);
$op = function () use ($p, $refused_port) {
    // getExtendedStats asks every server and needs no key
    return $p->getExtendedStats()["127.0.0.1:$refused_port"];
};
$t = ms_start_of_second();
echo "T\n";
var_dump($op());
var_dump($p->setServerParams('127.0.0.1', $refused_port, 1.0, 1));
var_dump($op());
var_dump($op());
ms_wait_until($t + 1);
echo "T+1\n";
var_dump($op());
var_dump($op());
var_dump($p->setServerParams('127.0.0.1', $refused_port));
var_dump($op());
ms_wait_until($t + 2);
echo "T+2\n";
var_dump($op());
?>
--EXPECTF--
T

Notice: MemcachePool::getextendedstats(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(false)
bool(true)

Notice: MemcachePool::getextendedstats(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(false)
bool(false)
T+1

Notice: MemcachePool::getextendedstats(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(false)
bool(false)
bool(true)

Notice: MemcachePool::getextendedstats(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(false)
T+2
bool(false)
