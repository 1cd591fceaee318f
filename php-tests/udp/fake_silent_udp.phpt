--TEST--
UDP: a UDP port that never answers costs one timeout and a "UDP packet loss" notice, then the values come over TCP and later gets skip UDP (§7.6)
--DESCRIPTION--
The scripted fake UDP server receives the request datagram and never replies. With a server timeout of 0.5 s
the get returns the TCP daemon's values within the timeout plus a margin (0.45 s to 1.5 s), after the notice
"UDP packet loss, expected reqid/seqid 1/0 got 1/0" (request 1; no datagram at all, so seq 0 is the first one
missing and none arrived). UDP is then off for that server: the next get is immediate and silent and sends
no datagram (the fake has received exactly one).
DIFFERS FROM THE ORACLE: pecl/memcache 8.0 has no TCP fallback. After the same timeout it fails the whole server
with "Server 127.0.0.1 (tcp N, udp M) failed with: Network timeout (0)" (no packet-loss notice) and returns an
empty array; the next get returns an empty array at once (the server is marked failed).
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
$keys = ['udp_silent_1', 'udp_silent_2'];
$t = new Memcache;
$t->connect('127.0.0.1', $mc['port']);
foreach ($keys as $i => $k) $t->set($k, 'tcp-' . ($i + 1));
$fake = fake_udp_start([[]]);   // silence

$p = new MemcachePool;
$p->addServer('127.0.0.1', $mc['port'], $fake['port'], false, 1, 0.5);
$t0 = microtime(true);
var_dump($p->get($keys));
$elapsed = microtime(true) - $t0;
echo "first get: ", $elapsed >= 0.45 && $elapsed < 1.5 ? "within the timeout + margin" : "took $elapsed s", "\n";
$t0 = microtime(true);
var_dump($p->get($keys));
$elapsed = microtime(true) - $t0;
echo "second get: ", $elapsed < 0.3 ? "immediate" : "took $elapsed s", "\n";
echo "request datagrams received by the fake: ", count(fake_udp_finish($fake)), "\n";
?>
--EXPECTF--
Notice: MemcachePool::get(): UDP packet loss, expected reqid/seqid 1/0 got 1/0 in %s on line %d
array(2) {
  ["udp_silent_1"]=>
  string(5) "tcp-1"
  ["udp_silent_2"]=>
  string(5) "tcp-2"
}
first get: within the timeout + margin
array(2) {
  ["udp_silent_1"]=>
  string(5) "tcp-1"
  ["udp_silent_2"]=>
  string(5) "tcp-2"
}
second get: immediate
request datagrams received by the fake: 1
