--TEST--
getVersion() tries the servers in pool order and skips a dead first server (§4.11)
--DESCRIPTION--
Pool D (refused), A: the first call emits D's notice and returns A's version string; the second is silent.
A pool of only failed servers returns false.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
require __DIR__ . '/multi_server.inc';
$version = ms_direct($port)->getVersion();
var_dump(is_string($version));
$p = new MemcachePool;
$p->addServer('127.0.0.1', $refused_port, 0, false);
$p->addServer($host, $port, 0, false);
var_dump($p->getVersion() === $version);
var_dump($p->getVersion() === $version);
var_dump($p->getServerStatus('127.0.0.1', $refused_port), $p->getServerStatus($host, $port));
$d = new MemcachePool;
$d->addServer('127.0.0.1', $refused_port, 0, false);
$d->addServer('127.0.0.1', ms_closed_port(), 0, false);
var_dump($d->getVersion());
var_dump($d->getVersion());
?>
--EXPECTF--
bool(true)

Notice: MemcachePool::getversion(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(true)
bool(true)
int(0)
int(1)

Notice: MemcachePool::getversion(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d

Notice: MemcachePool::getversion(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(false)
bool(false)
