--TEST--
binary hostile replies: a wrong magic byte is "Malformed server response (invalid magic byte)", a connection closed before or inside a response "Read failed", each a server failure without waiting (§5.4, §7.4)
--DESCRIPTION--
Scripted binary servers (binary_server.inc) answer a get with: an ASCII reply (what an ASCII-only server
would send), a response whose magic is the request magic 0x80, a response cut inside its body, a response cut
inside its 24-byte header, and nothing at all; the last three close the connection. Each is a server failure:
the notice, false, the server marked failed, and the answer comes at once, not after the 1 s timeout. A
multi-get cut before its NOOP keeps the hit already read; a set closed without a reply fails the same way.
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=binary
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/binary_server.inc';
$hit = bin_res(0x00, 0, 'hello world', pack('N', 0));
$cases = [
    'ASCII reply' => ["VALUE k 0 5\r\nhello\r\nEND\r\n", false],
    'magic 0x80' => ["\x80" . substr($hit, 1), false],
    'cut inside the body' => [substr($hit, 0, 30), true],
    'cut inside the header' => [substr($hit, 0, 10), true],
    'closed without a reply' => ['', true],
];
$srvs = [];
foreach ($cases as $name => [$reply, $close]) $srvs[$name] = bin_server_start([$reply], $close);
foreach ($cases as $name => $_) {
    echo "--- $name\n";
    $srv = $srvs[$name];
    $m = new MemcachePool;
    $m->addServer('127.0.0.1', $srv['port'], 0, false, 1, 1.0);
    $t = microtime(true);
    var_dump($m->get('k'));
    var_dump(microtime(true) - $t < 0.5);
    var_dump($m->getServerStatus('127.0.0.1', $srv['port']));
    $m->close();
    echo count(bin_server_finish($srv)), " request(s)\n";
}
echo "--- multi-get closed before the NOOP: the hit already read is kept\n";
$srv = bin_server_start([bin_res(0x09, 0, 'one', pack('N', 0), 0)], true);
$m = new MemcachePool;
$m->addServer('127.0.0.1', $srv['port'], 0, false, 1, 1.0);
var_dump($m->get(['a', 'b']));
var_dump($m->getServerStatus('127.0.0.1', $srv['port']));
$m->close();
bin_server_finish($srv);
echo "--- set closed without a reply\n";
$srv = bin_server_start([''], true);
$m = new MemcachePool;
$m->addServer('127.0.0.1', $srv['port'], 0, false, 1, 1.0);
var_dump($m->set('k', 'v'));
var_dump($m->getServerStatus('127.0.0.1', $srv['port']));
$m->close();
bin_server_finish($srv);
?>
--EXPECTF--
--- ASCII reply

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Malformed server response (invalid magic byte) (0) in %s on line %d
bool(false)
bool(true)
int(0)
1 request(s)
--- magic 0x80

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Malformed server response (invalid magic byte) (0) in %s on line %d
bool(false)
bool(true)
int(0)
1 request(s)
--- cut inside the body

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Read failed (socket was unexpectedly closed) (0) in %s on line %d
bool(false)
bool(true)
int(0)
1 request(s)
--- cut inside the header

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Read failed (socket was unexpectedly closed) (0) in %s on line %d
bool(false)
bool(true)
int(0)
1 request(s)
--- closed without a reply

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Read failed (socket was unexpectedly closed) (0) in %s on line %d
bool(false)
bool(true)
int(0)
1 request(s)
--- multi-get closed before the NOOP: the hit already read is kept

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Read failed (socket was unexpectedly closed) (0) in %s on line %d
array(1) {
  ["a"]=>
  string(3) "one"
}
int(0)
--- set closed without a reply

Notice: MemcachePool::set(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Read failed (socket was unexpectedly closed) (0) in %s on line %d
bool(false)
int(0)
