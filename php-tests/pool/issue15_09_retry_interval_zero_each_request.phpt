--TEST--
Issue 15 item 9: a refusing server with retry_interval 0 is tried again (and reported) by every request of a call
--DESCRIPTION--
A server added with retry_interval 0 is usable again at once after a failure. The reference schedules, and so
connects, each request of a multi-key call on its own, so every request tries the refusing server again and
each attempt gives its failure notice: delete(['a','b']) reports it twice, a set of three items three
times. Other requests still fail over to a live server. Not copied: the reference also sends each request to
the same dead server a second time when its failover chain has no other server (twice the notices, and twice
the wait on a silent server); a failover skips the servers the request already failed on (spec §6.4). The
expected output is the reference's (pecl/memcache 8.2, PHP 8.4) without those second attempts. The server
still shows as failed (0) in getServerStatus().
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
ob_start(function ($out) use ($port, $refused_port) {
    return str_replace(["tcp $refused_port,", "tcp $port,"], ['tcp REFUSED,', 'tcp PORT,'], $out);
});
$m = new Memcache;
$m->addServer($host, $refused_port, true, 1, 1, 0);
var_dump($m->delete(['i15_9_a', 'i15_9_b']));
var_dump($m->set(['i15_9_a' => 1, 'i15_9_b' => 2, 'i15_9_c' => 3]));
var_dump($m->increment(['i15_9_a', 'i15_9_b']));
var_dump($m->getServerStatus($host, $refused_port));
echo "-- with a live server: the other requests fail over\n";
$m = new Memcache;
$m->addServer($host, $refused_port, true, 1, 1, 0);
$m->addServer($host, $port);
$keys = [];
for ($i = 0; count($keys) < 2; $i++) {
    if ($m->findServer("i15_9_$i") === "$host:$refused_port") $keys[] = "i15_9_$i";
}
var_dump($m->set([$keys[0] => 'x', $keys[1] => 'y']));
$live = new MemcachePool;
$live->addServer($host, $port);
var_dump($live->get($keys[0]), $live->get($keys[1]));
$live->delete($keys);
?>
--EXPECTF--
Notice: MemcachePool::delete(): Server 127.0.0.1 (tcp REFUSED, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d

Notice: MemcachePool::delete(): Server 127.0.0.1 (tcp REFUSED, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(false)

Notice: MemcachePool::set(): Server 127.0.0.1 (tcp REFUSED, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d

Notice: MemcachePool::set(): Server 127.0.0.1 (tcp REFUSED, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d

Notice: MemcachePool::set(): Server 127.0.0.1 (tcp REFUSED, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(false)

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp REFUSED, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp REFUSED, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
array(0) {
}
int(0)
-- with a live server: the other requests fail over

Notice: MemcachePool::set(): Server 127.0.0.1 (tcp REFUSED, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d

Notice: MemcachePool::set(): Server 127.0.0.1 (tcp REFUSED, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(true)
string(1) "x"
string(1) "y"
