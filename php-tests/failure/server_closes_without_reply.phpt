--TEST--
A server that reads the request and closes without answering: "Read failed (socket was unexpectedly closed) (0)", false (§5.4)
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
$srv = fake_server_start([""], true);
$m = new Memcache;
var_dump($m->connect('127.0.0.1', $srv['port'], 2.0));
$t = microtime(true);
var_dump($m->set('k', 'v'));
var_dump(microtime(true) - $t < 1.0);
fake_server_dump(fake_server_finish($srv));
?>
--EXPECTF--
bool(true)

Notice: MemcachePool::set(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Read failed (socket was unexpectedly closed) (0) in %s on line %d
bool(false)
bool(true)
req 0: set k 0 0 1\r\nv\r\n
