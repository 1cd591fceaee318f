--TEST--
UDP requests: a multi-get of 300 keys is sent as several request datagrams, each one `get` line of at most 1400 bytes behind a header (seq 0, total 1, reserved 0, a new request id), covering every key once and in order; the replies are all used (§7.6)
--DESCRIPTION--
A scripted fake UDP server answers every request datagram as memcached 1.6 would (fake_udp_start() with
'answer': the value "udp:<key>" for each key, one datagram per item, then END). The pool's TCP port is a
listener of the test that never accepts, so any TCP use would show (and fail the get). The get of 300 keys
(14 to 20 bytes each, about 5 KB of key names) returns all 300 values from UDP, in key order. The fake's log
shows at least 4 request datagrams; each holds one `get` line of at most 1400 bytes, with seq 0, total 1,
reserved 0 and request ids increasing by one, and together they name every key once, in order.
Not pinned: where exactly a line is cut. The C reference keeps each whole datagram (8-byte header included)
within 1400 bytes, i.e. lines of at most 1392 bytes; this extension currently cuts lines at 1399 bytes.
DIFFERS FROM THE ORACLE: pecl/memcache 8.0 sends its request datagrams at once, without waiting for replies
(lines cut at 1392 bytes), but cannot read memcached 1.6's framing: it prints a "UDP packet loss" notice per
request datagram ("0/1 got 0/0", "1/0 got 4/0", …), re-sends requests (so keys are named more than once), then
fails the server with "Network timeout (0)" and returns a single value.
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=ascii
; a guard for the oracle, whose UDP gets may loop (see memcached_multiget_600_keys.phpt)
max_execution_time=4
--SKIPIF--
<?php include __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/udp.inc';
$keys = [];
for ($i = 0; $i < 300; $i++) $keys[] = sprintf('udp_split_%03d_', $i) . str_repeat('k', $i % 7);
$fake = fake_udp_start(array_fill(0, 20, 'answer'));
$listener = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$fake_tcp = (int)substr(strrchr(stream_socket_get_name($listener, false), ':'), 1);

$p = new MemcachePool;
$p->addServer('127.0.0.1', $fake_tcp, $fake['port'], false, 1, 0.5);
$got = $p->get($keys);
$expected = array_combine($keys, array_map(fn($k) => "udp:$k", $keys));
echo "got ", count($got), " values: ", $got === $expected ? "all from UDP, in key order" : "WRONG", "\n";
echo "TCP connection attempts: ", @stream_socket_accept($listener, 0) ? "yes" : "none", "\n";

$log = fake_udp_finish($fake);
echo "request datagrams: ", count($log) >= 4 ? "at least 4" : count($log), "\n";
$named = [];
$ok = ['line' => true, 'size' => true, 'header' => true, 'ids' => true];
foreach ($log as $i => $req) {
    if (!preg_match('/^get( [^ \r\n]+)+\r\n$/', $req['data'])) $ok['line'] = false;
    if (strlen($req['data']) > 1400) $ok['size'] = false;
    if ($req['seq'] !== 0 || $req['total'] !== 1 || $req['reserved'] !== 0) $ok['header'] = false;
    if ($req['id'] !== $log[0]['id'] + $i) $ok['ids'] = false;
    $named = array_merge($named, array_slice(explode(' ', rtrim($req['data'])), 1));
}
foreach ($ok as $what => $yes) echo "every datagram: $what ", $yes ? "ok" : "WRONG", "\n";
echo "keys named: ", $named === $keys ? "each once, in order" : "WRONG", "\n";
?>
--EXPECT--
got 300 values: all from UDP, in key order
TCP connection attempts: none
request datagrams: at least 4
every datagram: line ok
every datagram: size ok
every datagram: header ok
every datagram: ids ok
keys named: each once, in order
