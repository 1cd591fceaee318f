--TEST--
memcache.max_failover_attempts limits the "key-N" failover chain; when no candidate is usable the last one is used (§6.4)
--DESCRIPTION--
Part 1: pool A, B (live), D (refused); the key's primary, "<key>-0" and "<key>-1" are D, "<key>-2" is live.
With max_failover_attempts=2 only "-0" and "-1" are tried: the set fails (after one notice) and findServer
stays on D. With 3 (read at call time) "-2" is reached: findServer gives that live server and the set works.
Part 2: pool A plus two dead servers D and E, both marked failed with retry_interval -1 (no I/O). findServer
returns the server of the last chain key tried: for chain D,E,D,A (primary, -0, -1, -2) that is E with 1
attempt, D with 2, A with 3; for chain D,D,E,A it is D, E, A.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
memcache.max_failover_attempts=2
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
require __DIR__ . '/multi_server.inc';
$pre = 'pool_fo_max_' . getmypid() . '_';
$L = ["$host:$port" => 'A', "$host:$port2" => 'B', "127.0.0.1:$refused_port" => 'D'];
$p = new MemcachePool;
$p->addServer($host, $port, 0, false);
$p->addServer($host, $port2, 0, false);
$p->addServer('127.0.0.1', $refused_port, 0, false);
$k = ms_find_key($p, $L, $pre, '/^DDD[AB]/');
$x = ms_chain($p, $L, $k, 3)[3];
var_dump($p->set($k, 'v'));
echo ms_label($p, $L, $k), "\n";
var_dump($p->get($k));
ini_set('memcache.max_failover_attempts', '3');
echo "third chain key's server: ";
var_dump(ms_label($p, $L, $k) === $x);
var_dump($p->set($k, 'v'));
var_dump(ms_direct($x === 'A' ? $port : $port2)->get($k));
var_dump($p->delete($k));

echo "--- last candidate\n";
$e_port = ms_closed_port();
$L = ["$host:$port" => 'A', "127.0.0.1:$refused_port" => 'D', "127.0.0.1:$e_port" => 'E'];
$p = new MemcachePool;
$p->addServer($host, $port, 0, false);
$p->addServer('127.0.0.1', $refused_port, 0, false);
$p->addServer('127.0.0.1', $e_port, 0, false);
$k1 = ms_find_key($p, $L, "{$pre}x", '/^DEDA/');
$k2 = ms_find_key($p, $L, "{$pre}y", '/^DDEA/');
var_dump($p->setServerParams('127.0.0.1', $refused_port, 1.0, -1, false));
var_dump($p->setServerParams('127.0.0.1', $e_port, 1.0, -1, false));
foreach ([1, 2, 3] as $max) {
    ini_set('memcache.max_failover_attempts', $max);
    echo "$max: ", ms_label($p, $L, $k1), ' ', ms_label($p, $L, $k2), "\n";
}
?>
--EXPECTF--

Notice: MemcachePool::set(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(false)
D
bool(false)
third chain key's server: bool(true)
bool(true)
string(1) "v"
bool(true)
--- last candidate
bool(true)
bool(true)
1: E D
2: D E
3: A A
