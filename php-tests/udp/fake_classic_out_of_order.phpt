--TEST--
UDP classic framing: a reply in 3 datagrams (total=3) arriving in the order 2, 0, 1 is reassembled in sequence order, without a notice or a TCP request (§7.6)
--DESCRIPTION--
A scripted fake UDP server (fake_udp_start() in udp.inc) answers each request datagram with the reply cut into
three pieces at arbitrary byte offsets (in the middle of a VALUE line and of a data block), sent as seq 2, 0, 1
of total 3 behind a header that echoes the request id. The TCP port of the same server entry is a private
memcached holding DIFFERENT values for the same keys ("tcp-N" where the fake says "udp-N"), so the values show
which transport answered, and its get_hits/get_misses counters show that TCP was never asked. The second get
(order 1, 2, 0) shows that UDP stays in use. The request datagrams carry one `get` line each, with seq 0,
total 1, reserved 0, and request ids that increase by one.
DIFFERS FROM THE ORACLE: pecl/memcache 8.0 does not reorder datagrams. It parses the pieces in arrival order,
so the first get fails the whole server with "Server 127.0.0.1 (tcp N, udp M) failed with: Malformed VALUE
header (0)" and returns an empty array, and the second get returns an empty array without any I/O (the server
is marked failed; TCP is never tried). Its request datagrams are the same except that its request ids start at
0. (Sent in order 0, 1, 2, the oracle does reassemble this reply correctly.)
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=ascii
--SKIPIF--
<?php include __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/udp.inc';
$mc = memcached_udp_start(false) or die("could not start memcached\n");
$keys = ['udp_classic_1', 'udp_classic_2', 'udp_classic_3'];
$t = new Memcache;
$t->connect('127.0.0.1', $mc['port']);
foreach ($keys as $i => $k) $t->set($k, 'tcp-' . ($i + 1));

$reply = values_reply(['udp_classic_1' => 'udp-1', 'udp_classic_2' => 'udp-2', 'udp_classic_3' => 'udp-3']);
[$p0, $p1, $p2] = cut($reply, [10, 30]);   // "VALUE udp_" | "classic_1 0 5\r\nudp-1\r\nVA" | "LUE udp_classic_2 …END\r\n"
$fake = fake_udp_start([
    [['seq' => 2, 'total' => 3, 'data' => $p2], ['seq' => 0, 'total' => 3, 'data' => $p0], ['seq' => 1, 'total' => 3, 'data' => $p1]],
    [['seq' => 1, 'total' => 3, 'data' => $p1], ['seq' => 2, 'total' => 3, 'data' => $p2], ['seq' => 0, 'total' => 3, 'data' => $p0]],
]);

$p = new MemcachePool;
var_dump($p->addServer('127.0.0.1', $mc['port'], $fake['port'], false, 1, 0.5));
var_dump($p->get($keys));
var_dump($p->get($keys));
$stats = raw_stats($mc['port']);
echo "memcached (TCP) get_hits {$stats['get_hits']} get_misses {$stats['get_misses']}\n";
$log = fake_udp_finish($fake);
fake_udp_dump($log);
echo "request ids: ", implode(', ', array_column($log, 'id')), "\n";
?>
--EXPECT--
bool(true)
array(3) {
  ["udp_classic_1"]=>
  string(5) "udp-1"
  ["udp_classic_2"]=>
  string(5) "udp-2"
  ["udp_classic_3"]=>
  string(5) "udp-3"
}
array(3) {
  ["udp_classic_1"]=>
  string(5) "udp-1"
  ["udp_classic_2"]=>
  string(5) "udp-2"
  ["udp_classic_3"]=>
  string(5) "udp-3"
}
memcached (TCP) get_hits 0 get_misses 0
req 0: header seq=0 total=1 reserved=0 get udp_classic_1 udp_classic_2 udp_classic_3\r\n
req 1: header seq=0 total=1 reserved=0 get udp_classic_1 udp_classic_2 udp_classic_3\r\n
request ids: 1, 2
