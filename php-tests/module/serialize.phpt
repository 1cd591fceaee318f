--TEST--
Memcache/MemcachePool objects serialize and unserialize like plain objects
--DESCRIPTION--
A fresh object serializes with no properties. After addServer() the "connection" resource property
serializes as i:0 (PHP's rule for resources); the unserialized copy therefore has connection = 0, which
is not a pool, so using it gives "Invalid MemcachePool->connection member variable".
The server is added lazily on a port where nothing listens (no I/O).
E_DEPRECATED is masked so the 8.0 oracle's dynamic-property deprecation does not show;
module/dynamic_properties.phpt covers that difference.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
echo serialize(new Memcache), "\n";
echo serialize(new MemcachePool), "\n";
var_dump(unserialize(serialize(new Memcache)));
$m = new Memcache;
$m->addServer($host, $refused_port);
$m->setSaslAuthData('user', 'pass');
$s = serialize($m);
echo $s, "\n";
$u = unserialize($s);
var_dump($u);
var_dump($u->get('ser_key'));
var_dump(json_encode(new MemcachePool));
var_dump((array)new Memcache);
$c = clone $m;
var_dump($c->connection === $m->connection);
?>
--EXPECTF--
O:8:"Memcache":0:{}
O:12:"MemcachePool":0:{}
object(Memcache)#1 (0) {
}
O:8:"Memcache":3:{s:10:"connection";i:0;s:8:"username";s:4:"user";s:8:"password";s:4:"pass";}
object(Memcache)#2 (3) {
  ["connection"]=>
  int(0)
  ["username"]=>
  string(4) "user"
  ["password"]=>
  string(4) "pass"
}

Warning: MemcachePool::get(): Invalid MemcachePool->connection member variable in %s on line %d
bool(false)
string(2) "{}"
array(0) {
}
bool(true)
