--TEST--
Issue 15 item 2: connect() to a port of 65536..65635 names the port cut to 16 bits in its "Can't connect" warning too
--DESCRIPTION--
addServer()/connect() accept ports up to 65635 and keep them cut to 16 bits (QUIRK, spec §4.1). The failure
notice shows "tcp 0" for 65536, and so does the "Can't connect to host:port" warning (the reference prints
the server's port there). Port 0 on a TCP host cannot be parsed. Expected output recorded from
pecl/memcache 8.2 (PHP 8.4).
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
var_dump(memcache_connect($host, 65536));
$m = new Memcache;
var_dump($m->pconnect($host, 65536));
$p = new MemcachePool;
var_dump($p->connect($host, 65536), $p->getServerStatus($host, 0));
?>
--EXPECTF--
Notice: memcache_connect(): Server 127.0.0.1 (tcp 0, udp 0) failed with: Connection failed: Failed to parse address "127.0.0.1" (0) in %s on line %d

Warning: memcache_connect(): Can't connect to 127.0.0.1:0, Connection failed: Failed to parse address "127.0.0.1" (0) in %s on line %d
bool(false)

Notice: Memcache::pconnect(): Server 127.0.0.1 (tcp 0, udp 0) failed with: Connection failed: Failed to parse address "127.0.0.1" (0) in %s on line %d

Warning: Memcache::pconnect(): Can't connect to 127.0.0.1:0, Connection failed: Failed to parse address "127.0.0.1" (0) in %s on line %d
bool(false)

Notice: MemcachePool::connect(): Server 127.0.0.1 (tcp 0, udp 0) failed with: Connection failed: Failed to parse address "127.0.0.1" (0) in %s on line %d

Warning: MemcachePool::connect(): Can't connect to 127.0.0.1:0, Connection failed: Failed to parse address "127.0.0.1" (0) in %s on line %d
bool(false)
int(0)
