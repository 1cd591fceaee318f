--TEST--
addServer() creates a public "connection" property holding a resource of type "memcache connection"
--DESCRIPTION--
Spec §1.1: var_dump shows ["connection"]=> resource(N) of type (memcache connection). A pool object has no
properties until first used; a second addServer() reuses the same resource; a rejected addServer() adds nothing.
No I/O: servers are added lazily on a port where nothing listens.
E_DEPRECATED is masked so the 8.0 oracle's dynamic-property deprecation does not show;
module/dynamic_properties.phpt covers that difference.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
$p = new MemcachePool;
var_dump($p);
var_dump($p->addServer($host, $refused_port, 0, true, 0));
var_dump($p);
var_dump($p->addServer($host, $refused_port));
var_dump($p);
$r = $p->connection;
var_dump(is_resource($r), get_resource_type($r));
var_dump($p->addServer($host, $refused_port + 1));
var_dump($p->connection === $r);
var_dump(array_keys(get_object_vars($p)));
var_dump(array_keys((array)$p));
$m = new Memcache;
var_dump($m->addServer($host, $refused_port));
var_dump($m);
var_dump($m->connection !== $r);
?>
--EXPECTF--
object(MemcachePool)#1 (0) {
}

Warning: MemcachePool::addserver(): weight must be a positive integer in %s on line %d
bool(false)
object(MemcachePool)#1 (0) {
}
bool(true)
object(MemcachePool)#1 (1) {
  ["connection"]=>
  resource(%d) of type (memcache connection)
}
bool(true)
string(19) "memcache connection"
bool(true)
bool(true)
array(1) {
  [0]=>
  string(10) "connection"
}
array(1) {
  [0]=>
  string(10) "connection"
}
bool(true)
object(Memcache)#2 (1) {
  ["connection"]=>
  resource(%d) of type (memcache connection)
}
bool(true)
