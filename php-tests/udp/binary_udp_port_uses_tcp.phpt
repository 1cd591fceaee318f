--TEST--
Binary protocol: a UDP port gives "binary protocol isn't support over UDP, defaulting to TCP" at addServer()/connect(), and every get then goes over TCP (§4.1, §7.6)
--DESCRIPTION--
memcache.protocol=binary. A MemcachePool adds a private memcached (TCP) with the port of a scripted fake UDP
server as its UDP port: addServer() gives the notice and returns true, and so does connect() on a second pool.
Stores and gets (a multi-key get, which is what would use UDP under ASCII, and a single-key get) all work over
TCP, and the fake UDP server receives no datagram at all: the UDP port is forced to 0. The failure notice of a
UDP-configured server also shows "udp 0" (checked with a refused TCP port), as the port was dropped at
addServer(). (api/addserver_udp_binary_notice.phpt covers the notice without I/O.)
Same as the oracle (pecl/memcache 8.0), which behaves identically here.
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=binary
--SKIPIF--
<?php include __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/udp.inc';
$mc = memcached_udp_start(false) or die("could not start memcached\n");
$fake = fake_udp_start([]);
$keys = ['udp_binary_1', 'udp_binary_2', 'udp_binary_3'];

$p = new MemcachePool;
var_dump($p->addServer('127.0.0.1', $mc['port'], $fake['port'], false, 1, 0.5));
foreach ($keys as $i => $k) $p->set($k, 'value-' . ($i + 1));
var_dump($p->get($keys), $p->get('udp_binary_2'));

$q = new MemcachePool;
var_dump($q->connect('127.0.0.1', $mc['port'], $fake['port'], false, 1, 0.5));
var_dump($q->get(['udp_binary_1', 'udp_binary_3', 'udp_binary_missing']));

$stats = raw_stats($mc['port']);
echo "memcached (TCP) get_hits {$stats['get_hits']} get_misses {$stats['get_misses']}\n";

// The server identity keeps udp 0: the failure notice names it.
$refused = free_port();
$r = new MemcachePool;
$r->addServer('127.0.0.1', $refused, $fake['port'], false, 1, 0.5);
ob_start(function ($out) use ($refused) { return str_replace("tcp $refused,", 'tcp PORT,', $out); });
var_dump($r->get($keys));
ob_end_flush();

echo "datagrams received by the fake: ", count(fake_udp_finish($fake)), "\n";
?>
--EXPECTF--
Notice: MemcachePool::addserver(): binary protocol isn't support over UDP, defaulting to TCP in %s on line %d
bool(true)
array(3) {
  ["udp_binary_1"]=>
  string(7) "value-1"
  ["udp_binary_2"]=>
  string(7) "value-2"
  ["udp_binary_3"]=>
  string(7) "value-3"
}
string(7) "value-2"

Notice: MemcachePool::connect(): binary protocol isn't support over UDP, defaulting to TCP in %s on line %d
bool(true)
array(2) {
  ["udp_binary_1"]=>
  string(7) "value-1"
  ["udp_binary_3"]=>
  string(7) "value-3"
}
memcached (TCP) get_hits 6 get_misses 1

Notice: MemcachePool::addserver(): binary protocol isn't support over UDP, defaulting to TCP in %s on line %d

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp PORT, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
array(0) {
}
datagrams received by the fake: 0
