--TEST--
addServer()/connect()/pconnect()/memcache_add_server() on an object whose "connection" is not a pool
--DESCRIPTION--
Spec §1.1 says: E_WARNING "Unknown connection identifier", returns false.
The oracle additionally throws TypeError "<func>(): supplied argument is not a valid connection resource"
(PHP's zend_fetch_resource_ex on a non-resource), after the warning; this expectation follows the oracle
because the spec does not rule the exception out (reported to the lead). Nothing is added, no I/O happens.
E_DEPRECATED is masked so the 8.0 oracle's dynamic-property deprecation does not show.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
$m = new Memcache;
$m->connection = true;
t(fn() => $m->addServer($host, $refused_port));
t(fn() => $m->connect($host, $refused_port));
t(fn() => $m->pconnect($host, $refused_port));
t(fn() => memcache_add_server($m, $host, $refused_port));
$p = new MemcachePool;
$p->connection = 'x';
t(fn() => $p->addServer($host, $refused_port));
t(fn() => $p->connect($host, $refused_port));
$p->connection = null;
t(fn() => $p->addServer($host, $refused_port));
var_dump($m, $p);
unset($p->connection);
t(fn() => $p->addServer($host, $refused_port));
var_dump(get_resource_type($p->connection));
?>
--EXPECTF--

Warning: Memcache::addserver(): Unknown connection identifier in %s on line %d
TypeError: Memcache::addserver(): supplied argument is not a valid connection resource

Warning: Memcache::connect(): Unknown connection identifier in %s on line %d
TypeError: Memcache::connect(): supplied argument is not a valid connection resource

Warning: Memcache::pconnect(): Unknown connection identifier in %s on line %d
TypeError: Memcache::pconnect(): supplied argument is not a valid connection resource

Warning: memcache_add_server(): Unknown connection identifier in %s on line %d
TypeError: memcache_add_server(): supplied argument is not a valid connection resource

Warning: MemcachePool::addserver(): Unknown connection identifier in %s on line %d
TypeError: MemcachePool::addserver(): supplied argument is not a valid connection resource

Warning: MemcachePool::connect(): Unknown connection identifier in %s on line %d
TypeError: MemcachePool::connect(): supplied argument is not a valid connection resource

Warning: MemcachePool::addserver(): Unknown connection identifier in %s on line %d
TypeError: MemcachePool::addserver(): supplied argument is not a valid connection resource
object(Memcache)#1 (1) {
  ["connection"]=>
  bool(true)
}
object(MemcachePool)#2 (1) {
  ["connection"]=>
  NULL
}
bool(true)
string(19) "memcache connection"
