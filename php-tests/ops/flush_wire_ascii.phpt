--TEST--
ASCII flush wire bytes: "flush_all", or "flush_all <delay>" when delay != 0, client error -> notice + false (§4.10, §7.2, §7.3)
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=ascii
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/../failure/fake_server.inc';
$srv = fake_server_start(["OK\r\n", "OK\r\n", "OK\r\n", "OK\r\n", "CLIENT_ERROR bad\r\n"]);
$m = new Memcache;
var_dump($m->connect('127.0.0.1', $srv['port']));
var_dump($m->flush());
var_dump($m->flush(0));
var_dump($m->flush(5));
// oracle: a negative delay is sent as an unsigned 32-bit number (the spec says "when delay > 0")
var_dump($m->flush(-1));
// absolute time; the fake server answers CLIENT_ERROR: notice and false
var_dump($m->flush(1700000000));
var_dump($m->close());
fake_server_dump(fake_server_finish($srv));
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)

Notice: MemcachePool::flush(): Server 127.0.0.1 (tcp %d, udp 0) failed with: CLIENT_ERROR bad (6) in %s on line %d
bool(false)
bool(true)
req 0: flush_all\r\n
req 1: flush_all\r\n
req 2: flush_all 5\r\n
req 3: flush_all 4294967295\r\n
req 4: flush_all 1700000000\r\n
