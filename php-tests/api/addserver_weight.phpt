--TEST--
addServer()/connect(): weight < 1 gives "weight must be a positive integer" and false, adding nothing
--DESCRIPTION--
Spec §4.1. No I/O: the validation happens before anything is added or connected.
--INI--
error_reporting=E_ALL
--FILE--
<?php
require __DIR__ . '/../config.inc';
$p = new MemcachePool;
var_dump($p->addServer($host, $refused_port, 0, true, 0));
var_dump($p->addServer($host, $refused_port, 0, true, -1));
var_dump($p->addServer($host, $refused_port, 0, false, PHP_INT_MIN));
var_dump($p->connect($host, $refused_port, 0, true, 0));
var_dump($p);
$m = new Memcache;
var_dump($m->addServer($host, $refused_port, true, 0));
var_dump(memcache_add_server($m, $host, $refused_port, true, 0));
var_dump($m);
?>
--EXPECTF--

Warning: MemcachePool::addserver(): weight must be a positive integer in %s on line %d
bool(false)

Warning: MemcachePool::addserver(): weight must be a positive integer in %s on line %d
bool(false)

Warning: MemcachePool::addserver(): weight must be a positive integer in %s on line %d
bool(false)

Warning: MemcachePool::connect(): weight must be a positive integer in %s on line %d
bool(false)
object(MemcachePool)#1 (0) {
}

Warning: Memcache::addserver(): weight must be a positive integer in %s on line %d
bool(false)

Warning: memcache_add_server(): weight must be a positive integer in %s on line %d
bool(false)
object(Memcache)#2 (0) {
}
