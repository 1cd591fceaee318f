--TEST--
A 600-key multi-get with 100-byte values is answered over UDP by memcached 1.6 (one datagram per item), whole and without a TCP connection (§7.6)
--DESCRIPTION--
Starts a private memcached with a TCP and a UDP port and stores 600 keys with 100-byte values over TCP (a
separate Memcache connection). A MemcachePool then adds the server with the daemon's UDP port but with a TCP port
on which the test itself listens without ever accepting: every value must come back correct and equal to what
was stored, with no diagnostic, and nothing may have connected to the TCP port (a TCP `get` would have had to
connect there, and would have timed out with a failure notice). The daemon's get_hits counter (600) shows it
served the keys. The get line is split into request datagrams of at most 1400 bytes; memcached 1.6.18 answers
each item in its own datagram numbered 0 of 1 and ends with a datagram holding END. A second get over the same
pool still goes over UDP.
DIFFERS FROM THE ORACLE (spec §7.6: "a replacement may implement UDP correctly"): pecl/memcache 8.0 does not
understand memcached 1.6's framing: it emits a "UDP packet loss" notice per request datagram, its request id
runs away from the ids in the replies, and the get of these 600 keys never returns (a busy loop: 8 s of CPU in
10 s under `timeout 10`). max_execution_time=4 is the guard: the oracle dies with "Maximum execution time of
4+2 seconds exceeded (terminated)" instead of hanging the suite (ours needs a small fraction of a second).
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=ascii
; a guard for the oracle, which loops forever here (see the description)
max_execution_time=4
--SKIPIF--
<?php include __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/udp.inc';
$mc = memcached_udp_start() or die("could not start memcached\n");

$expected = [];
for ($i = 0; $i < 600; $i++) {
    $expected["udp_many_$i"] = str_pad("value $i ", 100, chr(ord('a') + $i % 26));
}
$t = new Memcache;
$t->connect('127.0.0.1', $mc['port']);
$ok = 0;
foreach ($expected as $k => $v) $ok += (int)$t->set($k, $v);
echo "stored $ok\n";

// The pool's TCP port: a listener that never accepts, so any TCP connection attempt can be detected.
$listener = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$fake_tcp = (int)substr(strrchr(stream_socket_get_name($listener, false), ':'), 1);
$p = new MemcachePool;
var_dump($p->addServer('127.0.0.1', $fake_tcp, $mc['udp'], false, 1, 0.5));

$got = $p->get(array_keys($expected));
echo "got ", count($got), " values, ", $got === $expected ? "identical to the stored ones (same order)" : "DIFFERENT", "\n";
if ($got != $expected) {
    echo "missing: ", implode(' ', array_slice(array_keys(array_diff_key($expected, $got)), 0, 10)), "\n";
}
$stats = raw_stats($mc['port']);
echo "memcached get_hits {$stats['get_hits']} get_misses {$stats['get_misses']}\n";

$again = $p->get(array_slice(array_keys($expected), 100, 50));
echo "second get: ", count($again), " values, ", $again === array_slice($expected, 100, 50) ? "correct" : "WRONG", "\n";
echo "TCP connection attempts: ", @stream_socket_accept($listener, 0) ? "yes" : "none", "\n";
?>
--EXPECT--
stored 600
bool(true)
got 600 values, identical to the stored ones (same order)
memcached get_hits 600 get_misses 0
second get: 50 values, correct
TCP connection attempts: none
