--TEST--
addServer()/connect(): tcp port outside 0..65635 gives "invalid tcp port number"; 65536..65635 pass and wrap to 16 bits
--DESCRIPTION--
Spec §4.1 QUIRK: the upper bound is 65635, not 65535; accepted values are truncated to 16 bits, which
findServer() and getServerStatus() show (65635 -> 99, 65536 -> 0). No I/O: servers are added lazily.
E_DEPRECATED is masked so the 8.0 oracle's dynamic-property deprecation does not show;
module/dynamic_properties.phpt covers that difference.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
$p = new MemcachePool;
var_dump($p->addServer('127.0.0.1', -1));
var_dump($p->addServer('127.0.0.1', 65636));
var_dump($p->addServer('127.0.0.1', PHP_INT_MAX));
var_dump($p->connect('127.0.0.1', -5));
var_dump($p->connect('127.0.0.1', 65636));
var_dump($p);
var_dump($p->addServer('127.0.0.1', 65635));
var_dump($p->findServer('port_key'));
var_dump($p->getServerStatus('127.0.0.1', 65635));
var_dump($p->getServerStatus('127.0.0.1', 99));
$q = new MemcachePool;
var_dump($q->addServer('127.0.0.1', 65536));
var_dump($q->findServer('port_key'));
var_dump($q->getServerStatus('127.0.0.1', 0));
$m = new Memcache;
var_dump($m->addServer('127.0.0.1', 65636));
var_dump($m->addServer('127.0.0.1', -1));
var_dump(memcache_add_server($m, '127.0.0.1', 65636));
var_dump($m->connect('127.0.0.1', -1));
var_dump($m->connect('127.0.0.1', 65636));
var_dump($m->pconnect('127.0.0.1', 65636));
var_dump(memcache_connect('127.0.0.1', 65636));
var_dump($m);
?>
--EXPECTF--

Warning: MemcachePool::addserver(): invalid tcp port number in %s on line %d
bool(false)

Warning: MemcachePool::addserver(): invalid tcp port number in %s on line %d
bool(false)

Warning: MemcachePool::addserver(): invalid tcp port number in %s on line %d
bool(false)

Warning: MemcachePool::connect(): invalid tcp port number in %s on line %d
bool(false)

Warning: MemcachePool::connect(): invalid tcp port number in %s on line %d
bool(false)
object(MemcachePool)#1 (0) {
}
bool(true)
string(12) "127.0.0.1:99"

Warning: MemcachePool::getserverstatus(): Server not found in pool in %s on line %d
bool(false)
int(1)
bool(true)
string(11) "127.0.0.1:0"
int(1)

Warning: Memcache::addserver(): invalid tcp port number in %s on line %d
bool(false)

Warning: Memcache::addserver(): invalid tcp port number in %s on line %d
bool(false)

Warning: memcache_add_server(): invalid tcp port number in %s on line %d
bool(false)

Warning: Memcache::connect(): invalid tcp port number in %s on line %d
bool(false)

Warning: Memcache::connect(): invalid tcp port number in %s on line %d
bool(false)

Warning: Memcache::pconnect(): invalid tcp port number in %s on line %d
bool(false)

Warning: memcache_connect(): invalid tcp port number in %s on line %d
bool(false)
object(Memcache)#3 (0) {
}
