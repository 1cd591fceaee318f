--TEST--
With E_ALL, a refused Memcache::connect() costs exactly one notice and one warning: no dynamic-property deprecation (§1, §4.1)
--INI--
error_reporting=E_ALL
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
// DELIBERATELY DIFFERS FROM THE ORACLE: pecl/memcache 8.0 on PHP 8.2 first prints
// "Deprecated: Creation of dynamic property Memcache::$connection is deprecated"; 8.2 (the spec) must not.
$m = new Memcache;
var_dump($m->connect('127.0.0.1', $refused_port));
var_dump(memcache_connect('127.0.0.1', $refused_port));
?>
--EXPECTF--
Notice: Memcache::connect(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d

Warning: Memcache::connect(): Can't connect to 127.0.0.1:%d, Connection failed: Connection refused (111) in %s on line %d
bool(false)

Notice: memcache_connect(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d

Warning: memcache_connect(): Can't connect to 127.0.0.1:%d, Connection failed: Connection refused (111) in %s on line %d
bool(false)
