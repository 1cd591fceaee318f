--TEST--
A server that sends a complete VALUE block but closes before END: oracle returns the value and emits "Read failed" (§5.4)
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
; ASCII only: the fake server speaks the ASCII protocol (binary replies: ../binary/)
memcache.protocol=ascii
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/fake_server.inc';
// oracle behaviour, not described by the spec: the value already parsed is kept, the server is failed
$srv = fake_server_start(["VALUE k 0 3\r\nabc\r\n"], true);
$m = new Memcache;
var_dump($m->addServer('127.0.0.1', $srv['port'], false, 1, 2.0));
$t = microtime(true);
var_dump($m->get('k'));
var_dump(microtime(true) - $t < 1.0);
var_dump($m->getServerStatus('127.0.0.1', $srv['port']));
fake_server_dump(fake_server_finish($srv));
?>
--EXPECTF--
bool(true)

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Read failed (socket was unexpectedly closed) (0) in %s on line %d
string(3) "abc"
bool(true)
int(0)
req 0: get k\r\n
