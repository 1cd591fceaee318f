--TEST--
getServerStatus/setServerParams on a pool of several servers: per-server status, "Server not found in pool", first match wins (§4.2, §4.4)
--DESCRIPTION--
Pool A, B (live) and D (refused). Every server reports 1 until it fails (D is not tried before a request
needs it); after D's failure only D reports 0. A host:port that is not in the pool gives "Server not found in
pool" (the host string must be byte-identical, the port equal; the port defaults to memcache.default_port).
When the same host:port was added twice, the first entry is the one reported and changed.
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
$status = fn() => [$p->getServerStatus($host, $port), $p->getServerStatus($host, $port2),
                   $p->getServerStatus('127.0.0.1', $refused_port)];
echo json_encode($status()), "\n";
$kd = ms_find_key($p, $L, 'pool_status_several_', '/^D/');
$p->get($kd);
echo json_encode($status()), "\n";
var_dump($p->getVersion() !== false);
echo json_encode($status()), "\n";

var_dump($p->getServerStatus('localhost', $port));
var_dump($p->getServerStatus('tcp://127.0.0.1', $port));
var_dump($p->getServerStatus($host, 1));
var_dump($p->setServerParams('127.0.0.1', 1));
var_dump(memcache_get_server_status($p, 'localhost', $refused_port));
ini_set('memcache.default_port', $port2);
var_dump($p->getServerStatus($host));

echo "--- same host:port twice\n";
// the first entry is failed and out of rotation, the second is fine
$p = new MemcachePool;
$p->addServer($host, $port, 0, false, 1, 1.0, -1, false);
$p->addServer($host, $port, 0, false);
var_dump($p->getServerStatus($host, $port));
$p = new MemcachePool;
$p->addServer($host, $port, 0, false);
$p->addServer($host, $port, 0, false, 1, 1.0, -1, false);
var_dump($p->getServerStatus($host, $port));
var_dump($p->setServerParams($host, $port, 1.0, -1, false));
var_dump($p->getServerStatus($host, $port));
var_dump($p->setServerParams($host, $port, 1.0, 15, true));
var_dump($p->getServerStatus($host, $port));
?>
--EXPECTF--
[1,1,1]

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
[1,1,0]
bool(true)
[1,1,0]

Warning: MemcachePool::getserverstatus(): Server not found in pool in %s on line %d
bool(false)

Warning: MemcachePool::getserverstatus(): Server not found in pool in %s on line %d
bool(false)

Warning: MemcachePool::getserverstatus(): Server not found in pool in %s on line %d
bool(false)

Warning: MemcachePool::setserverparams(): Server not found in pool in %s on line %d
bool(false)

Warning: memcache_get_server_status(): Server not found in pool in %s on line %d
bool(false)
int(1)
--- same host:port twice
int(0)
int(1)
bool(true)
int(0)
bool(true)
int(1)
