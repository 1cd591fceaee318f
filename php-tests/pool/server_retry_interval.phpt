--TEST--
retry_interval: a failed server is left alone until retry_interval seconds have passed, then tried again (§6.1)
--DESCRIPTION--
Pool A, B (live) and D (refused, retry_interval 1). Failure times are whole seconds: a server that failed in
second T is usable again from second T+1, so the test starts early in a second. After the failure D's key
maps to its failover server and requests for it are silent; from the next second on findServer gives D again
and the next request retries D (a new notice). getServerStatus does not look at the retry interval: it stays
0 until a request succeeds.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
require __DIR__ . '/multi_server.inc';
$L = ["$host:$port" => 'A', "$host:$port2" => 'B', "127.0.0.1:$refused_port" => 'D'];
$p = new MemcachePool;
$p->addServer($host, $port, 0, false);
$p->addServer($host, $port2, 0, false);
$p->addServer('127.0.0.1', $refused_port, 0, false, 1, 1.0, 1);
$kd = ms_find_key($p, $L, 'pool_retry_interval_', '/^D/');
$t = ms_start_of_second();
var_dump($p->get($kd));
echo "same second: ", ms_label($p, $L, $kd) === 'D' ? 'D' : 'failover server', "\n";
var_dump($p->get($kd));
var_dump($p->getServerStatus('127.0.0.1', $refused_port));
ms_wait_until($t + 1);
echo "next second: ", ms_label($p, $L, $kd) === 'D' ? 'D' : 'failover server', "\n";
var_dump($p->getServerStatus('127.0.0.1', $refused_port));
var_dump($p->get($kd));
var_dump($p->get($kd));
echo "after the new failure: ", ms_label($p, $L, $kd) === 'D' ? 'D' : 'failover server', "\n";
?>
--EXPECTF--

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(false)
same second: failover server
bool(false)
int(0)
next second: D
int(0)

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(false)
bool(false)
after the new failure: failover server
