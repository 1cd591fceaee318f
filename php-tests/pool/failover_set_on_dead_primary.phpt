--TEST--
Failover: a set to a key whose server is dead succeeds on the first live server of the key's chain; get finds it there (§6.4)
--DESCRIPTION--
Pool A, B (live) and D (refused). The key's primary is D; its chain "<key>-0", … leads to a live server X
(found with findServer before the failure). The set is sent to D, fails with one notice, is resent to X and
returns true. The value is on X and not on the other live server; findServer and get follow the failover.
A second key on D is then set and read without any new notice.
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
$pre = 'pool_fo_set_' . getmypid() . '_';
$k1 = ms_find_key($p, $L, "{$pre}a", '/^DD*[AB]/');
$k2 = ms_find_key($p, $L, "{$pre}b", '/^DD*[AB]/');
$x1 = ltrim(substr(ms_chain($p, $L, $k1, 6), 1), 'D')[0];
$x2 = ltrim(substr(ms_chain($p, $L, $k2, 6), 1), 'D')[0];
$direct = ['A' => ms_direct($port), 'B' => ms_direct($port2)];
$other = fn($x) => $x === 'A' ? 'B' : 'A';

var_dump($p->set($k1, 'value1'));
echo "findServer gives the chain's live server: ";
var_dump(ms_label($p, $L, $k1) === $x1);
echo "on that server: ";
var_dump($direct[$x1]->get($k1));
echo "on the other live server: ";
var_dump($direct[$other($x1)]->get($k1));
var_dump($p->get($k1));
var_dump($p->get([$k1]));

// D is failed now: no notice any more
var_dump($p->set($k2, 'value2'));
echo "on the chain's live server: ";
var_dump($direct[$x2]->get($k2));
var_dump($p->get($k2));
var_dump($p->delete($k1), $p->delete($k2));
var_dump($direct[$x1]->get($k1), $direct[$x2]->get($k2));
?>
--EXPECTF--

Notice: MemcachePool::set(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(true)
findServer gives the chain's live server: bool(true)
on that server: string(6) "value1"
on the other live server: bool(false)
string(6) "value1"
array(1) {
  ["pool_fo_set_%d_a%d"]=>
  string(6) "value1"
}
bool(true)
on the chain's live server: string(6) "value2"
string(6) "value2"
bool(true)
bool(true)
bool(false)
bool(false)
