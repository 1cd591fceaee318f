--TEST--
The failure callback receives ($host, $tcp_port, $udp_port, $error, $errnum) for a refused server and replaces the notice (§5.4)
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
$cb = function (...$args) use ($refused_port) {
    echo "callback with ", count($args), " arguments\n";
    var_dump($args[0], $args[1] === $refused_port, $args[2], $args[3], $args[4]);
};
// Memcache::addServer with the callback as 8th argument, lazy: fires on first use
$m = new Memcache;
var_dump($m->addServer('127.0.0.1', $refused_port, false, 1, 1.0, 15, true, $cb));
var_dump($m->get('failure_callback_arguments'));
// only once: the server is now marked failed
var_dump($m->get('failure_callback_arguments'));
// setFailureCallback on a pool + connect(): callback, then the "Can't connect" warning
$p = new MemcachePool;
var_dump($p->addServer('127.0.0.1', $port, 0, false));
var_dump($p->setFailureCallback($cb));
var_dump($p->connect('127.0.0.1', $refused_port, 0, false));
?>
--EXPECTF--
bool(true)
callback with 5 arguments
string(9) "127.0.0.1"
bool(true)
int(0)
string(37) "Connection failed: Connection refused"
int(111)
bool(false)
bool(false)
bool(true)
bool(true)
callback with 5 arguments
string(9) "127.0.0.1"
bool(true)
int(0)
string(37) "Connection failed: Connection refused"
int(111)

Warning: MemcachePool::connect(): Can't connect to 127.0.0.1:%d, Connection failed: Connection refused (111) in %s on line %d
bool(false)
