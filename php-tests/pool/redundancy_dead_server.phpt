--TEST--
memcache.redundancy=2 with a dead server: copies for a failed server are skipped, not replaced; the primary request still fails over (§6.4, §6.5)
--DESCRIPTION--
Pool A, B (live) and D (refused, non-persistent), redundancy=2. Keys are chosen by their chain (primary, then
"<key>-0", "<key>-1", …). Each counter is set to 10 directly on A and on B, then incremented by 1 via the pool.
While D is not yet known to be dead:
* chain A,D,…: the copy goes to D, D fails (notice) and that copy is dropped: A=11, B=10.
* chain D,A,B: the copy goes to A; the request to D fails over along its chain to A as well, so A is
  incremented twice (QUIRK): A=12, B=10, and the method returns 12.
Once D is marked failed:
* chain A,D,B: the walk for the copy meets D first, which is unusable, so no copy is made: A=11, B=10.
* chain D,A,B: the primary request fails over to A ("-0"), the copy goes to the next other server, B ("-1").
* chain D,D,A,B: the primary fails over to A ("-1"); the walk for the copy meets D ("-0") first: A only.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
memcache.redundancy=2
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
require __DIR__ . '/multi_server.inc';
$L = ["$host:$port" => 'A', "$host:$port2" => 'B', "127.0.0.1:$refused_port" => 'D'];
$a = ms_direct($port);
$b = ms_direct($port2);
function pool(): MemcachePool {
    global $host, $port, $port2, $refused_port;
    $p = new MemcachePool;
    $p->addServer($host, $port, 0, false);
    $p->addServer($host, $port2, 0, false);
    $p->addServer('127.0.0.1', $refused_port, 0, false);
    return $p;
}
$pre = 'pool_redundancy_dead_' . getmypid() . '_';
$p = pool();
$keys = [
    'A,D,B'   => ms_find_key($p, $L, "{$pre}1_", '/^ADB/'),
    'D,A,B'   => ms_find_key($p, $L, "{$pre}2_", '/^DAB/'),
    'D,D,A,B' => ms_find_key($p, $L, "{$pre}3_", '/^DDAB/'),
];
$incr = function (MemcachePool $p, string $chain) use ($keys, $a, $b) {
    $k = $keys[$chain];
    $a->set($k, 10);
    $b->set($k, 10);
    echo "$chain: ";
    var_dump($p->increment($k));
    echo "  A=", $a->get($k), " B=", $b->get($k), "\n";
    $a->delete($k);
    $b->delete($k);
};
echo "--- D not yet known to be dead\n";
$incr(pool(), 'A,D,B');
$incr(pool(), 'D,A,B');
echo "--- D failed\n";
$p = pool();
var_dump($p->get($keys['D,A,B']));
var_dump($p->getServerStatus('127.0.0.1', $refused_port));
$incr($p, 'A,D,B');
$incr($p, 'D,A,B');
$incr($p, 'D,D,A,B');
?>
--EXPECTF--
--- D not yet known to be dead
A,D,B: 
Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
int(11)
  A=11 B=10
D,A,B: 
Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
int(12)
  A=12 B=10
--- D failed

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(false)
int(0)
A,D,B: int(11)
  A=11 B=10
D,A,B: int(11)
  A=11 B=11
D,D,A,B: int(11)
  A=11 B=10
