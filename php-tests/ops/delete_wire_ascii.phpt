--TEST--
ASCII delete wire bytes: "delete <key>" with no time, whatever exptime is passed; one request per array key (§4.9, §7.2)
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=ascii
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/../failure/fake_server.inc';
$srv = fake_server_start(["DELETED\r\n", "NOT_FOUND\r\n", "DELETED\r\nNOT_FOUND\r\n", "DELETED\r\nDELETED\r\n"]);
$m = new Memcache;
var_dump($m->connect('127.0.0.1', $srv['port']));
var_dump($m->delete('k'));
var_dump($m->delete('k', 30));
var_dump($m->delete(['a b', 'c'], 5));
var_dump(memcache_delete($m, ['d', 'e'], 5));
var_dump($m->close());
fake_server_dump(fake_server_finish($srv));
?>
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
req 0: delete k\r\n
req 1: delete k\r\n
req 2: delete a_b\r\ndelete c\r\n
req 3: delete d\r\ndelete e\r\n
