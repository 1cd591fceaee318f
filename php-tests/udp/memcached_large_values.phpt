--TEST--
A UDP multi-get from memcached 1.6 of values larger than one datagram (an item spread over several datagrams, seq 0..n-1 of n, among one-datagram items) and of a value ending in "END" returns every value correctly and silently (§7.6)
--DESCRIPTION--
Starts a private memcached with TCP and UDP ports and stores, over TCP, small values, a 5000-byte and a
1500-byte value (more than the 1392 payload bytes of one datagram) and a value ending in "END" ("THE END").
memcached 1.6.18 frames each response of a UDP get on its own: a small item is one datagram numbered 0 of 1,
a large one is numbered 0..n-1 of n, the END line follows in the last datagram or in its own. A multi-get
through a pool with the daemon's UDP port (TCP port: the same daemon) returns every value exactly, in the
order of the keys, with no diagnostic and no timeout waited; a multi-get of only the large values too.
The test pins results only, not the transport: at the time of writing our extension answers part of these
gets over TCP (a multi-datagram item after a one-datagram item is treated as malformed and UDP is turned off
for the server; a datagram whose value ends in "END" is taken for the last one, and the keys after it are asked
over TCP). memcached_multiget_600_keys.phpt pins a get that must stay on UDP.
ORACLE: pecl/memcache 8.0 returns the same values, but with four spurious "UDP packet loss, expected reqid/seqid
…" notices for the first get (0/1 got 0/0, 1/4 got 1/0, 2/1 got 2/0, 3/2 got 3/0) and one (5/2 got 5/0) for
the second.
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=ascii
; a guard for the oracle, whose UDP gets may loop against memcached 1.6 (see memcached_multiget_600_keys.phpt)
max_execution_time=4
--SKIPIF--
<?php include __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/udp.inc';
$mc = memcached_udp_start() or die("could not start memcached\n");
$values = [
    'udp_large_small' => 'small',
    'udp_large_5000' => str_repeat('0123456789', 500),
    'udp_large_end' => 'THE END',
    'udp_large_1500' => str_repeat('abc', 500),
    'udp_large_e' => 'e',
];
$t = new Memcache;
$t->connect('127.0.0.1', $mc['port']);
foreach ($values as $k => $v) $t->set($k, $v);

$p = new MemcachePool;
var_dump($p->addServer('127.0.0.1', $mc['port'], $mc['udp'], false, 1, 0.5));
$t0 = microtime(true);
$got = $p->get(array_keys($values));
$elapsed = microtime(true) - $t0;
echo json_encode(array_map('strlen', $got)), "\n";
echo $got === $values ? "all values correct" : "WRONG", $elapsed < 0.3 ? '' : " (took $elapsed s)", "\n";
$large = ['udp_large_1500', 'udp_large_5000'];
$got = $p->get($large);
echo $got === ['udp_large_1500' => $values['udp_large_1500'], 'udp_large_5000' => $values['udp_large_5000']]
    ? "large values correct" : "WRONG", "\n";
?>
--EXPECT--
bool(true)
{"udp_large_small":5,"udp_large_5000":5000,"udp_large_end":7,"udp_large_1500":1500,"udp_large_e":1}
all values correct
large values correct
