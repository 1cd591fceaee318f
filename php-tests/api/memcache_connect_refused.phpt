--TEST--
memcache_connect()/connect() to a port where nothing listens: failure notice, "Can't connect to" warning, false
--DESCRIPTION--
Spec §4.1: the failure notice comes first, then the warning; the procedural form returns false; the server stays
in the object's pool. E_DEPRECATED is masked so the 8.0 oracle's dynamic-property deprecation does not show;
module/dynamic_properties.phpt covers that difference.
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
var_dump(memcache_connect($host, $refused_port));
var_dump(memcache_pconnect($host, $refused_port));
$m = new Memcache;
var_dump($m->connect($host, $refused_port));
var_dump($m->getServerStatus($host, $refused_port));
var_dump($m->findServer('refused_key') === "$host:$refused_port");
var_dump($m);
$p = new MemcachePool;
var_dump($p->connect($host, $refused_port));
?>
--EXPECTF--

Notice: memcache_connect(): Server %s (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d

Warning: memcache_connect(): Can't connect to %s:%d, Connection failed: Connection refused (111) in %s on line %d
bool(false)

Notice: memcache_pconnect(): Server %s (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d

Warning: memcache_pconnect(): Can't connect to %s:%d, Connection failed: Connection refused (111) in %s on line %d
bool(false)

Notice: Memcache::connect(): Server %s (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d

Warning: Memcache::connect(): Can't connect to %s:%d, Connection failed: Connection refused (111) in %s on line %d
bool(false)
int(0)
bool(true)
object(Memcache)#%d (1) {
  ["connection"]=>
  resource(%d) of type (memcache connection)
}

Notice: MemcachePool::connect(): Server %s (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d

Warning: MemcachePool::connect(): Can't connect to %s:%d, Connection failed: Connection refused (111) in %s on line %d
bool(false)
