--TEST--
getExtendedStats() with two live servers and a dead one: one entry per server, "host:port" => stats array, the dead one => false (§4.12)
--DESCRIPTION--
Pool A, D (refused), B, in that order. The result has one key per server, in pool order, formatted
"<host>:<tcp port>"; the live servers map to their stats arrays (the pid is each daemon's own), the dead one
to false. The first call emits the notice for D; later calls are silent. getStats() returns the first live
server's stats. The same holds with a stats type.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
; ASCII only: the binary protocol has no stats (§4.12; ../binary/stats_false.phpt)
memcache.protocol=ascii
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
require __DIR__ . '/multi_server.inc';
$pid_a = ms_direct($port)->getStats()['pid'];
$pid_b = ms_direct($port2)->getStats()['pid'];
$p = new MemcachePool;
$p->addServer($host, $port, 0, false);
$p->addServer('127.0.0.1', $refused_port, 0, false);
$p->addServer($host, $port2, 0, false);
$names = ["$host:$port" => 'A', "127.0.0.1:$refused_port" => 'D', "$host:$port2" => 'B'];
foreach ([[], [], ['slabs']] as $args) {
    $s = $p->getExtendedStats(...$args);
    foreach ($s as $server => $stats) {
        echo $names[$server] ?? $server, ': ', is_array($stats) ? 'array' : json_encode($stats), "\n";
    }
}
$s = $p->getExtendedStats();
var_dump($s["$host:$port"]['pid'] === $pid_a, $s["$host:$port2"]['pid'] === $pid_b);
var_dump($p->getStats()['pid'] === $pid_a);
?>
--EXPECTF--

Notice: MemcachePool::getextendedstats(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
A: array
D: false
B: array
A: array
D: false
B: array
A: array
D: false
B: array
bool(true)
bool(true)
bool(true)
