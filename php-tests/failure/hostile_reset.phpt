--TEST--
A connection reset (RST) instead of a reply: "Read failed (socket was unexpectedly closed)" notice and false at once, in both protocols (§5.4)
--DESCRIPTION--
The server closes the connection with the request unread, so the kernel sends a TCP RST (as a close
with SO_LINGER 0 does) and the client's read fails with ECONNRESET.
The C reference (pecl/memcache 8.0) gives the same notice under ASCII; under the binary protocol it
reports "Malformed server response (invalid magic byte) (0)" (it parses the bytes it never got). The
ASCII wording, the true cause, is expected for both.
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/hostile_server.inc';
$timeout = 2.0;  // never reached: each failure is detected at once
foreach (['ascii', 'binary'] as $protocol) {
    echo "--- $protocol\n";
    ini_set('memcache.protocol', $protocol);
    $srv = hostile_server_start('reset');
    $p = new MemcachePool;
    $p->addServer('127.0.0.1', $srv['port'], 0, false, 1, $timeout);
    $t = microtime(true);
    var_dump($p->get('failure_hostile_reset'));
    var_dump(microtime(true) - $t < $timeout);
    var_dump($p->getServerStatus('127.0.0.1', $srv['port']));
    $p->close();
    hostile_server_finish($srv);
}
?>
--EXPECTF--
--- ascii

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Read failed (socket was unexpectedly closed) (0) in %s on line %d
bool(false)
bool(true)
int(0)
--- binary

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Read failed (socket was unexpectedly closed) (0) in %s on line %d
bool(false)
bool(true)
int(0)
