--TEST--
Issue 15 item 1: a host that already carries ":port" connects to that port, as PHP's TCP transport splits "HOST:PORT" at the first colon
--DESCRIPTION--
The reference hands PHP's stream layer "HOST:PORT" (just "HOST" for port 0); PHP's TCP transport takes the
host up to the first colon and the port as atoi() reads what follows it. So addServer('127.0.0.1:P', P) or
connect('127.0.0.1:P') works, with any tcp port, and the notices and findServer() keep naming the host as
given. "[v6]:port" is the bracketed form. Expected output recorded from pecl/memcache 8.2 (PHP 8.4).
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
ob_start(function ($out) use ($port, $refused_port) {
    return str_replace([(string)$refused_port, (string)$port], ['REFUSED', 'PORT'], $out);
});
$m = new MemcachePool;
var_dump($m->addServer("$host:$port", $port));
var_dump($m->set('i15_1_k', 'v'), $m->get('i15_1_k'));
echo "-- the port in the host wins over the tcp port\n";
$m = new MemcachePool;
var_dump($m->addServer("$host:$port", 11));
var_dump($m->get('i15_1_k'), $m->findServer('i15_1_k'), $m->getServerStatus("$host:$port", 11));
$m = new MemcachePool;
var_dump($m->addServer("tcp://$host:$port", 11), $m->get('i15_1_k'));
echo "-- connect() with the port in the host only\n";
$c = memcache_connect("$host:$port");
var_dump($c->get('i15_1_k'));
$c = new Memcache;
var_dump($c->connect("$host:$port", 0), $c->get('i15_1_k'));
echo "-- what follows the first colon is read as atoi() reads it\n";
$m = new MemcachePool;
var_dump($m->addServer("$host:$port:junk", 11), $m->get('i15_1_k'));
$m = new MemcachePool;
var_dump($m->addServer("$host:junk", $port), $m->get('i15_1_k'));
$m = new MemcachePool;
var_dump($m->addServer("$host:$refused_port", $port), $m->get('i15_1_k'));
echo "-- no port at all\n";
var_dump(memcache_connect($host, 0));
?>
--EXPECTF--
bool(true)
bool(true)
string(1) "v"
-- the port in the host wins over the tcp port
bool(true)
string(1) "v"
string(%d) "127.0.0.1:PORT:11"
int(1)
bool(true)
string(1) "v"
-- connect() with the port in the host only
string(1) "v"
bool(true)
string(1) "v"
-- what follows the first colon is read as atoi() reads it
bool(true)
string(1) "v"

Notice: MemcachePool::get(): Server 127.0.0.1:junk (tcp PORT, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(true)
bool(false)

Notice: MemcachePool::get(): Server 127.0.0.1:REFUSED (tcp PORT, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(true)
bool(false)
-- no port at all

Notice: memcache_connect(): Server 127.0.0.1 (tcp 0, udp 0) failed with: Connection failed: Failed to parse address "127.0.0.1" (0) in %s on line %d

Warning: memcache_connect(): Can't connect to 127.0.0.1:0, Connection failed: Failed to parse address "127.0.0.1" (0) in %s on line %d
bool(false)
