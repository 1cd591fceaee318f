--TEST--
Memcache::connect() to a refused port: failure notice, then "Can't connect" warning, then false (§4.1)
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = new Memcache;
var_dump($m->connect('127.0.0.1', $refused_port));
// the server stays in the pool even though the connect failed
var_dump($m->getServerStatus('127.0.0.1', $refused_port));
?>
--EXPECTF--
Notice: Memcache::connect(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d

Warning: Memcache::connect(): Can't connect to 127.0.0.1:%d, Connection failed: Connection refused (111) in %s on line %d
bool(false)
int(0)
