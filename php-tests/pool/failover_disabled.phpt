--TEST--
memcache.allow_failover=0: requests for a dead server's keys are not rerouted and return false (§6.4)
--DESCRIPTION--
Pool A, B (live) and D (refused), allow_failover=0. A set for a key of D fails with one notice and returns
false; findServer keeps giving D; further requests for D's keys fail silently (no new notice). Keys of A and
B keep working, and a multi-get spanning all three servers returns the values from A and B only, even though
D's key is stored on the server its failover chain would lead to. allow_failover is read at call time.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
memcache.allow_failover=0
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
$pre = 'pool_fo_off_' . getmypid() . '_';
$ka = ms_find_key($p, $L, "{$pre}a", '/^A/');
$kb = ms_find_key($p, $L, "{$pre}b", '/^B/');
$kd = ms_find_key($p, $L, "{$pre}d", '/^DD*A/');   // D's key; its chain leads to A
$a = ms_direct($port);
var_dump($a->set($kd, 'on A'));

var_dump($p->set($kd, 'x'));
echo ms_label($p, $L, $kd), "\n";
var_dump($p->getServerStatus('127.0.0.1', $refused_port));
var_dump($p->get($kd));
var_dump($p->set($kd, 'x'));
var_dump($p->delete($kd));
var_dump($p->increment($kd));
var_dump($p->set($ka, 'va'), $p->set($kb, 'vb'));
$r = $p->get([$ka, $kb, $kd]);
ksort($r);
var_dump(array_values($r));
// allow_failover is read at call time
ini_set('memcache.allow_failover', '1');
echo ms_label($p, $L, $kd), "\n";
var_dump($p->get($kd));
$r = $p->get([$ka, $kb, $kd]);
var_dump(count($r));
$p->delete([$ka, $kb, $kd]);
?>
--EXPECTF--
bool(true)

Notice: MemcachePool::set(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(false)
D
int(0)
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)
bool(true)
array(2) {
  [0]=>
  string(2) "va"
  [1]=>
  string(2) "vb"
}
A
string(4) "on A"
int(3)
