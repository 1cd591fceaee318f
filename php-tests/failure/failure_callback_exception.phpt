--TEST--
An exception thrown inside the failure callback propagates out of the method that triggered the failure (§5.4)
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
$cb = function ($host, $tcp_port, $udp_port, $error, $errnum) {
    throw new RuntimeException("failed: $host $udp_port $error $errnum");
};
$p = new MemcachePool;
var_dump($p->addServer('127.0.0.1', $refused_port, 0, false));
var_dump($p->setFailureCallback($cb));
try {
    var_dump($p->get('failure_callback_exception'));
    echo "not reached\n";
} catch (RuntimeException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
// the server is marked failed: no callback, no exception, plain false
try {
    var_dump($p->get('failure_callback_exception'));
} catch (RuntimeException $e) {
    echo "unexpected: ", $e->getMessage(), "\n";
}
// connect(): the "Can't connect" warning is still emitted, then the exception propagates
$m = new Memcache;
var_dump($m->addServer('127.0.0.1', $refused_port, false, 1, 1.0, 15, true, $cb));
try {
    var_dump($m->connect('127.0.0.1', $refused_port));
    echo "not reached\n";
} catch (RuntimeException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
// set() on a fresh object
$m = new Memcache;
var_dump($m->addServer('127.0.0.1', $refused_port, false, 1, 1.0, 15, true, $cb));
try {
    var_dump($m->set('failure_callback_exception', 1));
    echo "not reached\n";
} catch (RuntimeException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECTF--
bool(true)
bool(true)
RuntimeException: failed: 127.0.0.1 0 Connection failed: Connection refused 111
bool(false)
bool(true)

Warning: Memcache::connect(): Can't connect to 127.0.0.1:%d, Connection failed: Connection refused (111) in %s on line %d
RuntimeException: failed: 127.0.0.1 0 Connection failed: Connection refused 111
bool(true)
RuntimeException: failed: 127.0.0.1 0 Connection failed: Connection refused 111
