--TEST--
A "connection" property holding a resource of another type: warning plus zend_fetch_resource TypeError
--DESCRIPTION--
Oracle behaviour, not described in spec §1.1: when ->connection is a resource but not a "memcache connection",
operations emit E_WARNING "Invalid MemcachePool->connection member variable" and PHP's resource fetch throws
TypeError "<func>(): supplied resource is not a valid connection resource"; addServer/connect emit
"Unknown connection identifier" and throw the same TypeError.
E_DEPRECATED is masked so the 8.0 oracle's dynamic-property deprecation does not show.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
$p = new MemcachePool;
$p->addServer($host, $refused_port);
$p->connection = fopen('php://memory', 'r');
t(fn() => $p->get('icr_key'));
t(fn() => memcache_get($p, 'icr_key'));
t(fn() => $p->addServer($host, $refused_port));
$m = new Memcache;
$m->connection = fopen('php://memory', 'r');
t(fn() => $m->connect($host, $refused_port));
?>
--EXPECTF--

Warning: MemcachePool::get(): Invalid MemcachePool->connection member variable in %s on line %d
TypeError: MemcachePool::get(): supplied resource is not a valid connection resource

Warning: memcache_get(): Invalid MemcachePool->connection member variable in %s on line %d
TypeError: memcache_get(): supplied resource is not a valid connection resource

Warning: MemcachePool::addserver(): Unknown connection identifier in %s on line %d
TypeError: MemcachePool::addserver(): supplied resource is not a valid connection resource

Warning: Memcache::connect(): Unknown connection identifier in %s on line %d
TypeError: Memcache::connect(): supplied resource is not a valid connection resource
