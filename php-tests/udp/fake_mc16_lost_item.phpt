--TEST--
UDP, memcached 1.6 framing (one item per datagram, each numbered 0 of 1, then END): a lost item datagram is not a miss — the key is confirmed over TCP and returned (§7.6)
--DESCRIPTION--
memcached 1.6.18 answers a UDP multi-get with every VALUE in its own datagram (seq 0, total 1) and a final
datagram holding END, so a lost item datagram cannot be told from a miss. The scripted fake answers a get of
four keys with the items of keys 1 and 3 ("udp-N"), drops the datagram of key 2, and sends END; key 4 exists
nowhere. The keys the UDP reply did not return (2 and 4) are asked over TCP, where the private daemon holds
"tcp-N" values for keys 1..3: key 2 comes back as "tcp-2" and key 4 stays a miss, with no notice and no delay.
The daemon's counters (1 hit, 1 miss) show that only those two keys went over TCP. UDP stays on: a second get
with all three item datagrams and END is answered entirely over UDP (the counters do not move). The server is
added with MemcachePool::connect() (persistent, TCP connected at once), the other form that takes a UDP port.
DIFFERS FROM THE ORACLE: pecl/memcache 8.0 does not understand this framing. Its first get returns only key 1
("udp-1"), after the notices "UDP packet loss, expected reqid/seqid 0/1 got 0/0", "… 1/1 got 1/0" (it re-sent a
get for keys 2..4 over UDP) and, after the timeout, "Server 127.0.0.1 (tcp N, udp M) failed with: Network timeout
(0)"; its second get sends one more datagram (again for keys 2..4) and returns an empty array. TCP is never used
(0 hits, 0 misses on the daemon): the oracle turns hits into misses, lost datagram or not.
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
$keys = ['udp_mc16_1', 'udp_mc16_2', 'udp_mc16_3', 'udp_mc16_4'];
$t = new Memcache;
$t->connect('127.0.0.1', $mc['port']);
foreach (array_slice($keys, 0, 3) as $i => $k) $t->set($k, 'tcp-' . ($i + 1));

$item = fn(int $n) => ['seq' => 0, 'total' => 1, 'data' => "VALUE udp_mc16_$n 0 5\r\nudp-$n\r\n"];
$end = ['seq' => 0, 'total' => 1, 'data' => "END\r\n"];
$fake = fake_udp_start([
    [$item(1), $item(3), $end],            // the datagram of key 2 is lost
    [$item(1), $item(2), $item(3), $end],
]);

$p = new MemcachePool;
var_dump($p->connect('127.0.0.1', $mc['port'], $fake['port'], true, 1, 0.5));
$t0 = microtime(true);
var_dump($p->get($keys));
$elapsed = microtime(true) - $t0;
echo "first get: ", $elapsed < 0.3 ? "no timeout waited" : "took $elapsed s", "\n";
$stats = raw_stats($mc['port']);
echo "memcached (TCP) get_hits {$stats['get_hits']} get_misses {$stats['get_misses']}\n";
var_dump($p->get(array_slice($keys, 0, 3)));
$stats = raw_stats($mc['port']);
echo "memcached (TCP) get_hits {$stats['get_hits']} get_misses {$stats['get_misses']}\n";
fake_udp_dump(fake_udp_finish($fake));
?>
--EXPECT--
bool(true)
array(3) {
  ["udp_mc16_1"]=>
  string(5) "udp-1"
  ["udp_mc16_3"]=>
  string(5) "udp-3"
  ["udp_mc16_2"]=>
  string(5) "tcp-2"
}
first get: no timeout waited
memcached (TCP) get_hits 1 get_misses 1
array(3) {
  ["udp_mc16_1"]=>
  string(5) "udp-1"
  ["udp_mc16_2"]=>
  string(5) "udp-2"
  ["udp_mc16_3"]=>
  string(5) "udp-3"
}
memcached (TCP) get_hits 1 get_misses 1
req 0: header seq=0 total=1 reserved=0 get udp_mc16_1 udp_mc16_2 udp_mc16_3 udp_mc16_4\r\n
req 1: header seq=0 total=1 reserved=0 get udp_mc16_1 udp_mc16_2 udp_mc16_3\r\n
