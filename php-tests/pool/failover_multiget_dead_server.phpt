--TEST--
Failover: a multi-get spanning a dead server returns the other servers' values and finds the dead server's keys on their failover server (§4.6, §6.4)
--DESCRIPTION--
Pool A, B (live) and D (refused, not yet known to be dead). Keys: one on A, one on B, two whose primary is D
(one stored on the live server its chain leads to, one stored nowhere). The first multi-get emits one notice
for D, reschedules D's keys through their failover chain and returns the three stored values; the second one
is silent and returns the same. Result order is not part of the contract, so the result is sorted.
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
$pre = 'pool_fo_mget_' . getmypid() . '_';
$ka = ms_find_key($p, $L, "{$pre}a", '/^A/');
$kb = ms_find_key($p, $L, "{$pre}b", '/^B/');
$kd = ms_find_key($p, $L, "{$pre}d", '/^DD*[AB]/');
$km = ms_find_key($p, $L, "{$pre}m", '/^D/');
$direct = ['A' => ms_direct($port), 'B' => ms_direct($port2)];
$x = ltrim(substr(ms_chain($p, $L, $kd, 6), 1), 'D')[0];
$direct['A']->set($ka, 'value a');
$direct['B']->set($kb, 'value b');
$direct[$x]->set($kd, 'value d');
for ($i = 0; $i < 2; $i++) {
    $r = $p->get([$km, $ka, $kd, $kb], $flags);
    ksort($r);
    echo json_encode(array_values($r)), "\n";
    var_dump(count($flags));
}
var_dump($p->get($kd));
$direct['A']->delete($ka);
$direct['B']->delete($kb);
$direct[$x]->delete($kd);
?>
--EXPECTF--

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
["value a","value b","value d"]
int(3)
["value a","value b","value d"]
int(3)
string(7) "value d"
