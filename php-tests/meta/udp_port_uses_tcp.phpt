--TEST--
meta protocol with a udp port: "meta protocol isn't support over UDP, defaulting to TCP" at addServer()/connect(), as binary does, and every get then goes over TCP (issue 14)
--INI--
memcache.protocol=meta
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
$p = new MemcachePool;
var_dump($p->addServer($host, $port, $port));
var_dump($p->set(['udp_meta_a' => 'A', 'udp_meta_b' => 'B']));
var_dump($p->get(['udp_meta_a', 'udp_meta_b']));
$q = new MemcachePool;
var_dump($q->connect($host, $port, $port));
var_dump($q->get('udp_meta_a'));
// The protocol is captured when the pool is created.
ini_set('memcache.protocol', 'ascii');
var_dump($p->addServer($host, $port2, $port2));
$p->delete(['udp_meta_a', 'udp_meta_b']);
?>
--EXPECTF--
Notice: MemcachePool::addserver(): meta protocol isn't support over UDP, defaulting to TCP in %s on line %d
bool(true)
bool(true)
array(2) {
  ["udp_meta_a"]=>
  string(1) "A"
  ["udp_meta_b"]=>
  string(1) "B"
}

Notice: MemcachePool::connect(): meta protocol isn't support over UDP, defaulting to TCP in %s on line %d
bool(true)
string(1) "A"

Notice: MemcachePool::addserver(): meta protocol isn't support over UDP, defaulting to TCP in %s on line %d
bool(true)
