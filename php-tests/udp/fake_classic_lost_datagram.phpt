--TEST--
UDP classic framing: when datagram 1 of 3 never comes, the get gives the "UDP packet loss" notice after the timeout, asks the keys over TCP, and stops using UDP for that server (§7.6)
--DESCRIPTION--
The scripted fake UDP server sends seq 0 and seq 2 of a 3-datagram reply (total=3) and drops seq 1. After the
server's timeout (0.5 s) the get emits exactly
"UDP packet loss, expected reqid/seqid 1/1 got 1/2" (request id 1 = the pool's first UDP request, seq 1 is the
first one missing, 2 datagrams arrived) and the three keys are asked over TCP: the values are the TCP daemon's
("tcp-N"), not the fake's ("udp-N"), and the daemon counts 3 hits. UDP is then off for that server: a second get
goes straight to TCP (no second request datagram reaches the fake, no new notice, no delay).
DIFFERS FROM THE ORACLE: pecl/memcache 8.0 gives the notice at once when seq 2 arrives where it expected seq 1
("expected reqid/seqid 0/1 got 0/2": its request ids start at 0) and re-sends the get over UDP, not over TCP.
Here the fake answers that second datagram in full, so the oracle's first get returns the fake's "udp-N" values
without waiting; its second get (a third request datagram, unanswered) fails the whole server with
"Server 127.0.0.1 (tcp N, udp M) failed with: Network timeout (0)" and returns an empty array. TCP is never used
(0 hits on the daemon).
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
$keys = ['udp_loss_1', 'udp_loss_2', 'udp_loss_3'];
$t = new Memcache;
$t->connect('127.0.0.1', $mc['port']);
foreach ($keys as $i => $k) $t->set($k, 'tcp-' . ($i + 1));

[$p0, $p1, $p2] = cut(values_reply(['udp_loss_1' => 'udp-1', 'udp_loss_2' => 'udp-2', 'udp_loss_3' => 'udp-3']), [20, 45]);
$fake = fake_udp_start([
    [['seq' => 0, 'total' => 3, 'data' => $p0], ['seq' => 2, 'total' => 3, 'data' => $p2]],   // seq 1 is lost
    [['seq' => 0, 'total' => 3, 'data' => $p0], ['seq' => 1, 'total' => 3, 'data' => $p1], ['seq' => 2, 'total' => 3, 'data' => $p2]],
]);

$p = new MemcachePool;
var_dump($p->addServer('127.0.0.1', $mc['port'], $fake['port'], false, 1, 0.5));
$t0 = microtime(true);
var_dump($p->get($keys));
$elapsed = microtime(true) - $t0;
echo "first get: ", $elapsed >= 0.45 && $elapsed < 1.5 ? "took about the timeout" : "took $elapsed s", "\n";
$t0 = microtime(true);
var_dump($p->get($keys));
$elapsed = microtime(true) - $t0;
echo "second get: ", $elapsed < 0.3 ? "immediate" : "took $elapsed s", "\n";
$stats = raw_stats($mc['port']);
echo "memcached (TCP) get_hits {$stats['get_hits']} get_misses {$stats['get_misses']}\n";
fake_udp_dump(fake_udp_finish($fake));
?>
--EXPECTF--
bool(true)

Notice: MemcachePool::get(): UDP packet loss, expected reqid/seqid 1/1 got 1/2 in %s on line %d
array(3) {
  ["udp_loss_1"]=>
  string(5) "tcp-1"
  ["udp_loss_2"]=>
  string(5) "tcp-2"
  ["udp_loss_3"]=>
  string(5) "tcp-3"
}
first get: took about the timeout
array(3) {
  ["udp_loss_1"]=>
  string(5) "tcp-1"
  ["udp_loss_2"]=>
  string(5) "tcp-2"
  ["udp_loss_3"]=>
  string(5) "tcp-3"
}
second get: immediate
memcached (TCP) get_hits 6 get_misses 0
req 0: header seq=0 total=1 reserved=0 get udp_loss_1 udp_loss_2 udp_loss_3\r\n
