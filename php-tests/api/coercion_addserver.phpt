--TEST--
addServer()/connect() arguments follow PHP weak-mode coercion (numeric strings, floats, bools; null deprecation; TypeErrors)
--DESCRIPTION--
Spec §2.1 notes: int/bool/float parameters use normal PHP coercion although Reflection shows them untyped;
"Passing null to parameter #N ($name) of type int is deprecated" is PHP's own message and names the arginfo
parameter. The pool is created first with E_DEPRECATED masked (so the 8.0 oracle's dynamic-property
deprecation for ->connection does not show; module/dynamic_properties.phpt covers it), then E_ALL is enabled.
No I/O: servers are added lazily on ports where nothing listens.
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
$m = new Memcache;
$m->addServer($host, $refused_port);
error_reporting(E_ALL);
$rp = $refused_port;
t(fn() => $p->addServer($host, (string)($rp + 1)));
t(fn() => $p->addServer($host, (float)($rp + 2)));
t(fn() => $p->addServer($host, $rp + 3, "0", "1", "2", "1.5", "15", "1"));
t(fn() => $p->addServer($host, $rp + 4, false, 1, true, 2, 15.0, 1));
t(fn() => $p->getServerStatus($host, $rp + 2));
t(fn() => $p->addServer($host, $rp + 5, null, null, 1, null, null, null));
t(fn() => $p->addServer($host, $rp + 6, 0, true, null));
t(fn() => $p->addServer($host, null));
t(fn() => $p->addServer($host, "abc"));
t(fn() => $p->addServer($host, []));
t(fn() => $p->addServer($host, 11999.5));
t(fn() => $p->addServer($host, $rp, 0, true, 1, "x"));
t(fn() => $p->addServer([], $rp));
t(fn() => $p->addServer(new stdClass, $rp));
t(fn() => $m->addServer($host, (string)($rp + 1), "1", "2", "1.5", "15", "1", null));
t(fn() => $m->addServer($host, $rp, null));
t(fn() => $m->addServer($host, $rp, true, "abc"));
t(fn() => memcache_add_server($m, $host, $rp, true, null));
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
int(1)

Deprecated: MemcachePool::addserver(): Passing null to parameter #3 ($udp_port) of type int is deprecated in %s on line %d

Deprecated: MemcachePool::addserver(): Passing null to parameter #4 ($persistent) of type bool is deprecated in %s on line %d

Deprecated: MemcachePool::addserver(): Passing null to parameter #6 ($timeout) of type float is deprecated in %s on line %d

Deprecated: MemcachePool::addserver(): Passing null to parameter #7 ($retry_interval) of type int is deprecated in %s on line %d

Deprecated: MemcachePool::addserver(): Passing null to parameter #8 ($status) of type bool is deprecated in %s on line %d
bool(true)

Deprecated: MemcachePool::addserver(): Passing null to parameter #5 ($weight) of type int is deprecated in %s on line %d

Warning: MemcachePool::addserver(): weight must be a positive integer in %s on line %d
bool(false)

Deprecated: MemcachePool::addserver(): Passing null to parameter #2 ($tcp_port) of type int is deprecated in %s on line %d
bool(true)
TypeError: MemcachePool::addserver(): Argument #2 ($tcp_port) must be of type int, string given
TypeError: MemcachePool::addserver(): Argument #2 ($tcp_port) must be of type int, array given

Deprecated: Implicit conversion from float 11999.5 to int loses precision in %s on line %d
bool(true)
TypeError: MemcachePool::addserver(): Argument #6 ($timeout) must be of type float, string given
TypeError: MemcachePool::addserver(): Argument #1 ($host) must be of type string, array given
TypeError: MemcachePool::addserver(): Argument #1 ($host) must be of type string, stdClass given
bool(true)

Deprecated: Memcache::addserver(): Passing null to parameter #3 ($persistent) of type bool is deprecated in %s on line %d
bool(true)
TypeError: Memcache::addserver(): Argument #4 ($weight) must be of type int, string given

Deprecated: memcache_add_server(): Passing null to parameter #5 ($persistent) of type int is deprecated in %s on line %d

Warning: memcache_add_server(): weight must be a positive integer in %s on line %d
bool(false)
