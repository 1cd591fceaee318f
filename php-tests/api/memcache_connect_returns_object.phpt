--TEST--
memcache_connect()/memcache_pconnect() return a connected Memcache object; Memcache::connect()/pconnect() return true
--DESCRIPTION--
Spec §4.1: the procedural form creates a new Memcache object (with the "connection" pool resource) and calls
connect(). E_DEPRECATED is masked so the 8.0 oracle's dynamic-property deprecation does not show;
module/dynamic_properties.phpt covers that difference.
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = memcache_connect($host, $port);
var_dump($m);
var_dump(get_class($m), $m->findServer('mcro_key') === "$host:$port", $m->getServerStatus($host, $port));
var_dump(is_string(memcache_get_version($m)));
$pm = memcache_pconnect($host, $port, 2.5);
var_dump(get_class($pm), $pm->getServerStatus($host, $port));
var_dump($pm !== $m);
$o = new Memcache;
var_dump($o->connect($host, $port));
var_dump($o->pconnect($host, $port));
var_dump($o->getServerStatus($host, $port));
var_dump(is_string($o->getVersion()));
$q = new MemcachePool;
var_dump($q->connect($host, $port));
var_dump($q->connect($host, $port, 0, false, 2, 0.5, 5));
var_dump($q);
?>
--EXPECTF--
object(Memcache)#1 (1) {
  ["connection"]=>
  resource(%d) of type (memcache connection)
}
string(8) "Memcache"
bool(true)
int(1)
bool(true)
string(8) "Memcache"
int(1)
bool(true)
bool(true)
bool(true)
int(1)
bool(true)
bool(true)
bool(true)
object(MemcachePool)#4 (1) {
  ["connection"]=>
  resource(%d) of type (memcache connection)
}
