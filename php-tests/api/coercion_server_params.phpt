--TEST--
getServerStatus()/setServerParams()/findServer() arguments follow PHP weak-mode coercion
--DESCRIPTION--
Spec §2.1: typed parameters (string $host, int $tcp_port, float $timeout, int $retry_interval, bool $status) use
normal PHP coercion. The pool is created with E_DEPRECATED masked (8.0 oracle's dynamic-property deprecation,
covered by module/dynamic_properties.phpt), then E_ALL is enabled. No I/O: servers are never contacted.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
$p = new MemcachePool;
$p->addServer('127.0.0.1', 11311);
$p->addServer('1', 11312);
$q = new MemcachePool;
$q->addServer('127.0.0.1', 11311);
error_reporting(E_ALL);
t(fn() => $p->getServerStatus('127.0.0.1', "11311"));
t(fn() => $p->getServerStatus('127.0.0.1', 11311.0));
t(fn() => $p->getServerStatus('127.0.0.1', "11311.0"));
t(fn() => $p->getServerStatus(1, 11312));
t(fn() => $p->getServerStatus(true, 11312));
t(fn() => $p->getServerStatus('127.0.0.1', true));
t(fn() => $p->getServerStatus('127.0.0.1', "abc"));
t(fn() => $p->getServerStatus('127.0.0.1', 11311.5));
t(fn() => $p->getServerStatus(null, 11311));
ini_set('memcache.default_port', '11311');
t(fn() => $p->getServerStatus('127.0.0.1', null));
t(fn() => $p->setServerParams('127.0.0.1', "11311", "2", "10", "0"));
t(fn() => $p->getServerStatus('127.0.0.1', 11311));
t(fn() => $p->setServerParams('127.0.0.1', 11311, 2, 10, 1));
t(fn() => $p->getServerStatus('127.0.0.1', 11311));
t(fn() => $p->setServerParams('127.0.0.1', 11311, null, null, null));
t(fn() => $p->setServerParams('127.0.0.1', 11311, "fast"));
t(fn() => $p->setServerParams('127.0.0.1', 11311, 1.0, 15, []));
t(fn() => $q->findServer(11311));
t(fn() => $q->findServer(1.5));
t(fn() => $q->findServer(true));
t(fn() => $q->findServer(false));
t(fn() => memcache_get_server_status($p, '127.0.0.1', "11311"));
t(fn() => memcache_get_server_status($p, '127.0.0.1', null));
t(fn() => memcache_set_server_params($p, '127.0.0.1', 11311, null));
?>
--EXPECTF--
int(1)
int(1)
int(1)
int(1)
int(1)

Warning: MemcachePool::getserverstatus(): Server not found in pool in %s on line %d
bool(false)
TypeError: MemcachePool::getserverstatus(): Argument #2 ($tcp_port) must be of type int, string given

Deprecated: Implicit conversion from float 11311.5 to int loses precision in %s on line %d
int(1)

Deprecated: MemcachePool::getserverstatus(): Passing null to parameter #1 ($host) of type string is deprecated in %s on line %d

Warning: MemcachePool::getserverstatus(): Server not found in pool in %s on line %d
bool(false)

Deprecated: MemcachePool::getserverstatus(): Passing null to parameter #2 ($tcp_port) of type int is deprecated in %s on line %d

Warning: MemcachePool::getserverstatus(): Server not found in pool in %s on line %d
bool(false)
bool(true)
int(0)
bool(true)
int(1)

Deprecated: MemcachePool::setserverparams(): Passing null to parameter #3 ($timeout) of type float is deprecated in %s on line %d

Deprecated: MemcachePool::setserverparams(): Passing null to parameter #4 ($retry_interval) of type int is deprecated in %s on line %d

Deprecated: MemcachePool::setserverparams(): Passing null to parameter #5 ($status) of type bool is deprecated in %s on line %d
bool(true)
TypeError: MemcachePool::setserverparams(): Argument #3 ($timeout) must be of type float, string given
TypeError: MemcachePool::setserverparams(): Argument #5 ($status) must be of type bool, array given
string(15) "127.0.0.1:11311"
string(15) "127.0.0.1:11311"
string(15) "127.0.0.1:11311"

Warning: MemcachePool::findserver(): Invalid key in %s on line %d
bool(false)
int(0)

Deprecated: memcache_get_server_status(): Passing null to parameter #3 ($tcp_port) of type int is deprecated in %s on line %d

Warning: memcache_get_server_status(): Server not found in pool in %s on line %d
bool(false)

Deprecated: memcache_set_server_params(): Passing null to parameter #4 ($timeout) of type float is deprecated in %s on line %d
bool(true)
