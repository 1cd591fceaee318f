--TEST--
The failure callback fires exactly once, with its five arguments, when a server of a multi-server pool fails; not for requests to the already-failed server (§5.4)
--DESCRIPTION--
Pool A, B (live) and D (refused) with a failure callback. The first request for D's key calls it once with
(host string as added, tcp port int, udp port 0, error text, errno) instead of the notice. Later requests for
D's keys, rerouted (allow_failover=1) or not (allow_failover=0), single or multi-key, never call it again, and
requests for the live servers never call it.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
require __DIR__ . '/multi_server.inc';
$L = ["$host:$port" => 'A', "$host:$port2" => 'B', "127.0.0.1:$refused_port" => 'D'];
$calls = 0;
$cb = function (...$args) use (&$calls, $refused_port) {
    $calls++;
    echo "callback: ", count($args), " arguments\n";
    var_dump($args[0], $args[1] === $refused_port, $args[2], $args[3], $args[4]);
};
$p = new MemcachePool;
$p->addServer($host, $port, 0, false);
$p->addServer($host, $port2, 0, false);
$p->addServer('127.0.0.1', $refused_port, 0, false);
var_dump($p->setFailureCallback($cb));
$pre = 'pool_cb_once_' . getmypid() . '_';
$kd = ms_find_key($p, $L, "{$pre}d", '/^D/');
$kd2 = ms_find_key($p, $L, "{$pre}e", '/^D/');
$ka = ms_find_key($p, $L, "{$pre}a", '/^A/');
var_dump($p->get($kd));
echo "calls: $calls\n";
var_dump($p->set($kd, 1), $p->get($kd), $p->increment($kd), $p->delete($kd));
var_dump($p->set([$kd => 1, $kd2 => 2, $ka => 3]), count($p->get([$kd, $kd2, $ka])));
var_dump($p->delete([$kd, $kd2, $ka]));
var_dump($p->getExtendedStats()["127.0.0.1:$refused_port"]);
ini_set('memcache.allow_failover', '0');
var_dump($p->get($kd), $p->set($kd2, 1));
echo "calls: $calls\n";
?>
--EXPECT--
bool(true)
callback: 5 arguments
string(9) "127.0.0.1"
bool(true)
int(0)
string(37) "Connection failed: Connection refused"
int(111)
bool(false)
calls: 1
bool(true)
int(1)
int(2)
bool(true)
bool(true)
int(3)
bool(true)
bool(false)
bool(false)
bool(false)
calls: 1
