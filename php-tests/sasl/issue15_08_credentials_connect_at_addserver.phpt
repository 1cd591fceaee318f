--TEST--
Issue 15 item 8: with SASL credentials (binary protocol), addServer() connects at once; a server that cannot be reached fails it
--DESCRIPTION--
The reference authenticates inside addServer() when the object has credentials (setSaslAuthData()) and the
protocol is binary: it connects to the server there, so a dead server gives the failure notice and false from
addServer() (and from connect(), without its "Can't connect" warning), and the server stays in the pool,
failed. Without credentials addServer() stays lazy. The authentication itself is answered on the next
request (sasl_plain.phpt covers right and wrong credentials). Expected output recorded from pecl/memcache 8.2
(PHP 8.4).
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=binary
--FILE--
<?php
require __DIR__ . '/../config.inc';
ob_start(function ($out) use ($refused_port) { return str_replace("tcp $refused_port,", 'tcp REFUSED,', $out); });
$m = new MemcachePool;
$m->setSaslAuthData('user', 'pw');
var_dump($m->addServer($host, $refused_port, 0, false), $m->getServerStatus($host, $refused_port));
echo "-- connect()\n";
$c = new Memcache;
$c->setSaslAuthData('user', 'pw');
var_dump($c->connect($host, $refused_port), $c->getServerStatus($host, $refused_port));
echo "-- memcache_add_server()\n";
$c = new Memcache;
$c->setSaslAuthData('user', 'pw');
var_dump(memcache_add_server($c, $host, $refused_port, false), $c->getServerStatus($host, $refused_port));
echo "-- without credentials, addServer() does not connect\n";
$m = new MemcachePool;
var_dump($m->addServer($host, $refused_port, 0, false), $m->getServerStatus($host, $refused_port));
echo "-- credentials of one byte are not used\n";
$m = new MemcachePool;
$m->setSaslAuthData('u', 'p');
var_dump($m->addServer($host, $refused_port, 0, false), $m->getServerStatus($host, $refused_port));
?>
--EXPECTF--
Notice: MemcachePool::addserver(): Server 127.0.0.1 (tcp REFUSED, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(false)
int(0)
-- connect()

Notice: Memcache::connect(): Server 127.0.0.1 (tcp REFUSED, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(false)
int(0)
-- memcache_add_server()

Notice: memcache_add_server(): Server 127.0.0.1 (tcp REFUSED, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(false)
int(0)
-- without credentials, addServer() does not connect
bool(true)
int(1)
-- credentials of one byte are not used
bool(true)
int(1)
