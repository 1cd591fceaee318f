--TEST--
UDP: a value for a key the get did not ask for is dropped; the asked keys the reply left out are confirmed over TCP (§7.6)
--DESCRIPTION--
The scripted fake answers a UDP get of two keys with the value of the first key, a value for a key nobody
asked for ("udp_unrequested_evil"), and END. The result holds the first key's UDP value and the second key's
value from the TCP daemon, and nothing under the unrequested key. Over TCP such a reply fails the server
(failure/hostile_unrequested_key.phpt); over UDP, where a datagram may be stale or misdirected, the stray value
is only dropped.
DIFFERS FROM THE ORACLE: pecl/memcache 8.0 returns the unrequested key's value in the result, and the second key
as a miss without asking TCP (the daemon counts no get).
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
$keys = ['udp_unrequested_1', 'udp_unrequested_2'];
$t = new Memcache;
$t->connect('127.0.0.1', $mc['port']);
foreach ($keys as $i => $k) $t->set($k, 'tcp-' . ($i + 1));

$reply = values_reply(['udp_unrequested_1' => 'udp-1', 'udp_unrequested_evil' => 'stray']);
$fake = fake_udp_start([[['seq' => 0, 'total' => 1, 'data' => $reply]]]);

$p = new MemcachePool;
$p->addServer('127.0.0.1', $mc['port'], $fake['port'], false, 1, 0.5);
var_dump($p->get($keys));
$stats = raw_stats($mc['port']);
echo "memcached (TCP) get_hits {$stats['get_hits']} get_misses {$stats['get_misses']}\n";
fake_udp_finish($fake);
?>
--EXPECT--
array(2) {
  ["udp_unrequested_1"]=>
  string(5) "udp-1"
  ["udp_unrequested_2"]=>
  string(5) "tcp-2"
}
memcached (TCP) get_hits 1 get_misses 0
