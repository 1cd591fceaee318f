--TEST--
UDP: a garbage reply datagram (shorter than the header, a payload that is not a get reply, a seq beyond total) makes the get fall back to TCP at once, without a notice, and turns UDP off for that server (§7.6)
--DESCRIPTION--
One scripted fake UDP server answers three request datagrams, each from a fresh non-persistent pool (so each
starts with UDP on and request id 1): (1) a 3-byte datagram, too short for the 8-byte header; (2) a datagram
with a valid header (seq 0 of 1) whose payload "GARBAGE\r\nEND\r\n" is not a get reply; (3) the fake's
"udp-N" reply with a header claiming seq 5 of total 2. Each time the get returns the TCP daemon's "tcp-N"
values at once (no timeout is waited) and without a diagnostic, and a second get through the same pool goes
straight to TCP: the fake receives exactly three request datagrams, and the daemon counts 6 x 3 = 18 hits.
DIFFERS FROM THE ORACLE: pecl/memcache 8.0 never falls back to TCP. (1) fails the server with "Server 127.0.0.1
(tcp N, udp M) failed with: Failed te read complete UDP header from stream (0)" [sic], (2) with "… failed with:
Malformed VALUE header (0)", each get returning an empty array; (3) is accepted: the oracle returns the fake's
"udp-N" values (it does not check seq against total), then its second get sends a fourth datagram, gets no answer
and fails the server with "Network timeout (0)". The daemon counts 0 hits.
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
$keys = ['udp_garbage_1', 'udp_garbage_2', 'udp_garbage_3'];
$t = new Memcache;
$t->connect('127.0.0.1', $mc['port']);
foreach ($keys as $i => $k) $t->set($k, 'tcp-' . ($i + 1));

$reply = values_reply(['udp_garbage_1' => 'udp-1', 'udp_garbage_2' => 'udp-2', 'udp_garbage_3' => 'udp-3']);
$cases = [
    'a datagram shorter than the header' => [['raw' => 'xyz']],
    'a payload that is not a get reply' => [['seq' => 0, 'total' => 1, 'data' => "GARBAGE\r\nEND\r\n"]],
    'seq 5 of total 2' => [['seq' => 5, 'total' => 2, 'data' => $reply]],
];
$fake = fake_udp_start(array_values($cases));

foreach (array_keys($cases) as $case) {
    echo "-- $case\n";
    $p = new MemcachePool;
    $p->addServer('127.0.0.1', $mc['port'], $fake['port'], false, 1, 0.5);
    for ($i = 1; $i <= 2; $i++) {
        $t0 = microtime(true);
        $got = $p->get($keys);
        $elapsed = microtime(true) - $t0;
        echo "get $i: ", json_encode($got), $elapsed < 0.3 ? '' : " (took $elapsed s)", "\n";
    }
}
$stats = raw_stats($mc['port']);
echo "memcached (TCP) get_hits {$stats['get_hits']} get_misses {$stats['get_misses']}\n";
$log = fake_udp_finish($fake);
echo "request datagrams received by the fake: ", count($log), "\n";
?>
--EXPECT--
-- a datagram shorter than the header
get 1: {"udp_garbage_1":"tcp-1","udp_garbage_2":"tcp-2","udp_garbage_3":"tcp-3"}
get 2: {"udp_garbage_1":"tcp-1","udp_garbage_2":"tcp-2","udp_garbage_3":"tcp-3"}
-- a payload that is not a get reply
get 1: {"udp_garbage_1":"tcp-1","udp_garbage_2":"tcp-2","udp_garbage_3":"tcp-3"}
get 2: {"udp_garbage_1":"tcp-1","udp_garbage_2":"tcp-2","udp_garbage_3":"tcp-3"}
-- seq 5 of total 2
get 1: {"udp_garbage_1":"tcp-1","udp_garbage_2":"tcp-2","udp_garbage_3":"tcp-3"}
get 2: {"udp_garbage_1":"tcp-1","udp_garbage_2":"tcp-2","udp_garbage_3":"tcp-3"}
memcached (TCP) get_hits 18 get_misses 0
request datagrams received by the fake: 3
