--TEST--
ASCII getVersion: sends "version\r\n", returns the first word after "VERSION ", tries servers in insertion order (§4.11)
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=ascii
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
require __DIR__ . '/../failure/fake_server.inc';
$srv = fake_server_start(["VERSION 9.8.7-custom build\r\n"]);
$m = new Memcache;
// a refused server first: it fails (notice), then the next server answers
var_dump($m->addServer('127.0.0.1', $refused_port, false));
var_dump($m->addServer('127.0.0.1', $srv['port'], false));
// oracle: only the first word is returned ("build" is dropped); the spec only says the prefix is stripped
var_dump($m->getVersion());
var_dump($m->close());
fake_server_dump(fake_server_finish($srv));
?>
--EXPECTF--
bool(true)
bool(true)

Notice: MemcachePool::getversion(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
string(12) "9.8.7-custom"
bool(true)
req 0: version\r\n
