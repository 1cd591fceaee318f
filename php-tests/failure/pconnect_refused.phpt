--TEST--
Memcache::pconnect() and memcache_pconnect() to a refused port: notice, warning, false (§4.1)
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = new Memcache;
var_dump($m->pconnect('127.0.0.1', $refused_port));
// the persistent entry is now marked failed, but an explicit (p)connect always tries again
var_dump(memcache_pconnect('127.0.0.1', $refused_port));
?>
--EXPECTF--
Notice: Memcache::pconnect(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d

Warning: Memcache::pconnect(): Can't connect to 127.0.0.1:%d, Connection failed: Connection refused (111) in %s on line %d
bool(false)

Notice: memcache_pconnect(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d

Warning: memcache_pconnect(): Can't connect to 127.0.0.1:%d, Connection failed: Connection refused (111) in %s on line %d
bool(false)
