--TEST--
addServer(status=false): the server starts out failed, but (QUIRK) is used at once unless retry_interval is -1 (§4.1)
--DESCRIPTION--
The failure time of a server added with status=false is 0, so with retry_interval >= 0 it is "failed but due
for a retry" from the start: getServerStatus gives 0, findServer maps keys to it, and the first request tries
it (a live server then works and reports 1; the refused port gives its notice). With retry_interval -1 it stays
out of rotation: its keys go to the failover server, silently, and its status stays 0.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
require __DIR__ . '/multi_server.inc';
$pre = 'pool_status_false_' . getmypid() . '_';
$L = ["$host:$port" => 'A', "$host:$port2" => 'B', "127.0.0.1:$refused_port" => 'D'];
// the mapping of a pool with every server usable, to choose the keys
$m = new MemcachePool;
$m->addServer($host, $port);
$m->addServer($host, $port2);
$ka = ms_find_key($m, $L, "{$pre}a", '/^AB/');

echo "--- live server A, status=false, retry_interval 15\n";
$p = new MemcachePool;
var_dump($p->addServer($host, $port, 0, true, 1, 1.0, 15, false));
var_dump($p->addServer($host, $port2, 0, false));
var_dump($p->getServerStatus($host, $port));
echo ms_label($p, $L, $ka), "\n";
var_dump($p->set($ka, 'on A'));
var_dump($p->getServerStatus($host, $port));
var_dump(ms_direct($port)->get($ka));

echo "--- live server A, status=false, retry_interval -1\n";
$p = new MemcachePool;
var_dump($p->addServer($host, $port, 0, true, 1, 1.0, -1, false));
var_dump($p->addServer($host, $port2, 0, false));
// a status=false server is always non-persistent: the persistent entry for A used by $m is not touched
var_dump($m->getServerStatus($host, $port));
echo ms_label($p, $L, $ka), "\n";
echo ms_label($m, $L, $ka), "\n";
var_dump($p->set($ka, 'on B'));
var_dump($p->get($ka));
var_dump($p->getServerStatus($host, $port));
var_dump(ms_direct($port)->get($ka), ms_direct($port2)->get($ka));
var_dump($p->delete($ka));
var_dump(ms_direct($port)->delete($ka));

echo "--- refused server, status=false, retry_interval 15\n";
$p = new MemcachePool;
var_dump($p->addServer('127.0.0.1', $refused_port, 0, true, 1, 1.0, 15, false));
var_dump($p->getServerStatus('127.0.0.1', $refused_port));
var_dump($p->get('pool_status_false'));
var_dump($p->get('pool_status_false'));

echo "--- refused server, status=false, retry_interval -1\n";
$p = new MemcachePool;
var_dump($p->addServer('127.0.0.1', $refused_port, 0, true, 1, 1.0, -1, false));
var_dump($p->get('pool_status_false'));
var_dump($p->set('pool_status_false', 1));
var_dump($p->getServerStatus('127.0.0.1', $refused_port));
?>
--EXPECTF--
--- live server A, status=false, retry_interval 15
bool(true)
bool(true)
int(0)
A
bool(true)
int(1)
string(4) "on A"
--- live server A, status=false, retry_interval -1
bool(true)
bool(true)
int(1)
B
A
bool(true)
string(4) "on B"
int(0)
string(4) "on A"
string(4) "on B"
bool(true)
bool(true)
--- refused server, status=false, retry_interval 15
bool(true)
int(0)

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(false)
bool(false)
--- refused server, status=false, retry_interval -1
bool(true)
bool(false)
bool(false)
int(0)
