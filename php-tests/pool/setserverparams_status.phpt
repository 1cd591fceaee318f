--TEST--
setServerParams(status): true revives a failed server at once (hot re-add); false marks a server failed, keeping its old failure time (§4.2)
--DESCRIPTION--
Pool A, B (live) and D (refused, retry_interval 15).
* D fails; setServerParams(D) (status defaults to true) makes it usable again: status 1, findServer gives D,
  and the next request tries it (a new notice).
* A live B marked failed with retry_interval -1 leaves the rotation: its key goes to A and works there;
  status=true brings it back.
* QUIRK: status=false only sets the state to failed; the failure time is left as it was. For a server that
  never failed that time is 0, so with retry_interval >= 0 it is due for a retry at once and keeps serving its
  keys (status 0 until the next request succeeds). For D, which failed a moment ago, it stays out of rotation.
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
$p->addServer('127.0.0.1', $refused_port, 0, false);
$pre = 'pool_ssp_status_' . getmypid() . '_';
$kd = ms_find_key($p, $L, "{$pre}d", '/^D/');
$kb = ms_find_key($p, $L, "{$pre}b", '/^BA/');
$where = fn($k) => ms_label($p, $L, $k) === 'D' ? 'D' : ms_label($p, $L, $k);

echo "--- revive D\n";
var_dump($p->get($kd));
echo $where($kd) === 'D' ? "D\n" : "failover server\n";
var_dump($p->setServerParams('127.0.0.1', $refused_port));
var_dump($p->getServerStatus('127.0.0.1', $refused_port));
echo $where($kd), "\n";
var_dump($p->get($kd));
var_dump($p->getServerStatus('127.0.0.1', $refused_port));

echo "--- B marked failed with retry_interval -1, then revived\n";
var_dump($p->setServerParams($host, $port2, 1.0, -1, false));
var_dump($p->getServerStatus($host, $port2));
echo $where($kb), "\n";
var_dump($p->set($kb, 'v'));
var_dump(ms_direct($port)->get($kb), ms_direct($port2)->get($kb));
var_dump($p->delete($kb));
var_dump($p->setServerParams($host, $port2, 1.0, 15, true));
var_dump($p->getServerStatus($host, $port2));
echo $where($kb), "\n";

echo "--- status=false with retry_interval 15 (QUIRK)\n";
var_dump($p->setServerParams($host, $port2, 1.0, 15, false));
var_dump($p->getServerStatus($host, $port2));
echo $where($kb), "\n";
var_dump($p->set($kb, 'v2'));
var_dump($p->getServerStatus($host, $port2));
var_dump(ms_direct($port2)->get($kb));
var_dump($p->delete($kb));
// D failed a moment ago: revived and marked failed again, it keeps that failure time
var_dump($p->setServerParams('127.0.0.1', $refused_port, 1.0, 15, true));
var_dump($p->setServerParams('127.0.0.1', $refused_port, 1.0, 15, false));
echo $where($kd) === 'D' ? "D\n" : "failover server\n";
var_dump($p->get($kd));
?>
--EXPECTF--
--- revive D

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(false)
failover server
bool(true)
int(1)
D

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(false)
int(0)
--- B marked failed with retry_interval -1, then revived
bool(true)
int(0)
A
bool(true)
string(1) "v"
bool(false)
bool(true)
bool(true)
int(1)
B
--- status=false with retry_interval 15 (QUIRK)
bool(true)
int(0)
B
bool(true)
int(1)
string(2) "v2"
bool(true)
bool(true)
bool(true)
failover server
bool(false)
