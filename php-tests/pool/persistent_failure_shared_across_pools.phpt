--TEST--
A persistent server that failed in one pool stays failed, silently, in other pools of the same process until its retry interval passes or connect()/setServerParams(…, true) revives it (§6.3)
--DESCRIPTION--
D is the refused port, added persistent (the default) everywhere except where noted. Pools are separate
objects in the same process, so they share the persistent entry "memcache:server:127.0.0.1:<port>:0".
* pool 1 (A, D): D fails (notice).
* pool 2 (D): status 0 from the start; get and getExtendedStats fail silently.
* pool 3 (A, D): D's key is rerouted to A at once, no notice.
* pool 4 (D non-persistent): a separate server, not affected: status 1 and its own notice.
* pool 5 (D): setServerParams(D) revives the shared entry (pool 1 sees status 1 too); the next request tries
  D again (notice), and D is failed for everybody again.
* pool 6 (D, retry_interval 1): re-adding overwrites the shared entry's retry_interval, so in the next
  second the request tries D again (notice).
* pool 7: connect() always tries to connect, even to a failed server (notice and warning).
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
require __DIR__ . '/multi_server.inc';
$L = ["$host:$port" => 'A', "127.0.0.1:$refused_port" => 'D'];
$k = 'pool_persistent_shared_' . getmypid();
echo "--- pool 1\n";
$p1 = new MemcachePool;
$p1->addServer($host, $port);
$p1->addServer('127.0.0.1', $refused_port);
$kd = ms_find_key($p1, $L, "{$k}_", '/^D/', 0);
var_dump($p1->getExtendedStats()["127.0.0.1:$refused_port"]);
echo "--- pool 2\n";
$p2 = new MemcachePool;
$p2->addServer('127.0.0.1', $refused_port);
var_dump($p2->getServerStatus('127.0.0.1', $refused_port));
var_dump($p2->get($k));
var_dump($p2->getExtendedStats());
echo "--- pool 3\n";
$p3 = new MemcachePool;
$p3->addServer($host, $port);
$p3->addServer('127.0.0.1', $refused_port);
echo ms_label($p3, $L, $kd), "\n";
var_dump($p3->get($kd));
echo "--- pool 4\n";
$p4 = new MemcachePool;
$p4->addServer('127.0.0.1', $refused_port, 0, false);
var_dump($p4->getServerStatus('127.0.0.1', $refused_port));
var_dump($p4->get($k));
echo "--- pool 5\n";
$t = ms_start_of_second();
$p5 = new MemcachePool;
$p5->addServer('127.0.0.1', $refused_port);
var_dump($p5->getServerStatus('127.0.0.1', $refused_port));
var_dump($p5->setServerParams('127.0.0.1', $refused_port));
var_dump($p1->getServerStatus('127.0.0.1', $refused_port));
var_dump($p5->get($k));
var_dump($p1->getServerStatus('127.0.0.1', $refused_port));
var_dump($p2->get($k));
echo "--- pool 6\n";
$p6 = new MemcachePool;
$p6->addServer('127.0.0.1', $refused_port, 0, true, 1, 1.0, 1);
var_dump($p6->get($k));
ms_wait_until($t + 1);
var_dump($p6->get($k));
var_dump($p6->get($k));
echo "--- pool 7\n";
$p7 = new MemcachePool;
var_dump($p7->connect('127.0.0.1', $refused_port));
?>
--EXPECTF--
--- pool 1

Notice: MemcachePool::getextendedstats(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(false)
--- pool 2
int(0)
bool(false)
array(1) {
  ["127.0.0.1:%d"]=>
  bool(false)
}
--- pool 3
A
bool(false)
--- pool 4
int(1)

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(false)
--- pool 5
int(0)
bool(true)
int(1)

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(false)
int(0)
bool(false)
--- pool 6
bool(false)

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(false)
bool(false)
--- pool 7

Notice: MemcachePool::connect(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d

Warning: MemcachePool::connect(): Can't connect to 127.0.0.1:%d, Connection failed: Connection refused (111) in %s on line %d
bool(false)
