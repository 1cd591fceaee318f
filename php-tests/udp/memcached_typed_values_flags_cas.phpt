--TEST--
A UDP multi-get from memcached 1.6 decodes values like TCP does (serialized array, int, bool, float, compressed string) and fills $flags and $cas from a `gets` request datagram (§4.6, §7.6)
--DESCRIPTION--
Starts a private memcached with TCP and UDP ports; a TCP pool stores five values of different types (one with
MEMCACHE_COMPRESSED). A second pool adds the daemon's UDP port with a never-accepting TCP listener of the test
as its TCP port, and gets the five keys with $flags and $cas: the values come back decoded, and $flags and $cas
are identical to what a TCP get (through the first pool) returns. Nothing connects to the TCP listener, so the
whole exchange, `gets` included, was UDP.
DIFFERS FROM THE ORACLE: pecl/memcache 8.0 returns the same values, flags and cas values (and does not use
TCP either), but only after four spurious notices "UDP packet loss, expected reqid/seqid 0/1 got 0/0" … "3/1
got 3/0": it does not know memcached 1.6's one-item-per-datagram framing and asks again for the rest after each
item. max_execution_time guards against its loops (see memcached_multiget_600_keys.phpt).
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=ascii
max_execution_time=4
--SKIPIF--
<?php include __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/udp.inc';
$mc = memcached_udp_start() or die("could not start memcached\n");
$tcp = new MemcachePool;
$tcp->addServer('127.0.0.1', $mc['port'], 0, false);
$values = [
    'udp_typed_arr' => ['a' => 1, 'b' => [2, 3]],
    'udp_typed_int' => 42,
    'udp_typed_z' => str_repeat('compress me ', 100),
    'udp_typed_bool' => true,
    'udp_typed_float' => 1.5,
];
foreach ($values as $k => $v) $tcp->set($k, $v, $k === 'udp_typed_z' ? MEMCACHE_COMPRESSED : 0);

$listener = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$fake_tcp = (int)substr(strrchr(stream_socket_get_name($listener, false), ':'), 1);
$p = new MemcachePool;
$p->addServer('127.0.0.1', $fake_tcp, $mc['udp'], false, 1, 0.5);
$flags = $cas = null;
$got = $p->get(array_keys($values), $flags, $cas);
echo "values: ", $got === $values ? "identical" : "WRONG", "\n";
var_dump($got['udp_typed_arr'], $got['udp_typed_float']);
echo "TCP connection attempts: ", @stream_socket_accept($listener, 0) ? "yes" : "none", "\n";

$tcp_flags = $tcp_cas = null;
$tcp->get(array_keys($values), $tcp_flags, $tcp_cas);
echo "flags: ", count($flags), " entries, ", $flags === $tcp_flags ? "same as over TCP" : "DIFFERENT", "\n";
echo "cas: ", count($cas), " entries, ", $cas === $tcp_cas ? "same as over TCP" : "DIFFERENT", "\n";
echo "compressed flag on udp_typed_z: ", ($flags['udp_typed_z'] & MEMCACHE_COMPRESSED) ? "yes" : "no", "\n";
?>
--EXPECT--
values: identical
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    int(3)
  }
}
float(1.5)
TCP connection attempts: none
flags: 5 entries, same as over TCP
cas: 5 entries, same as over TCP
compressed flag on udp_typed_z: yes
