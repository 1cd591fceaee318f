--TEST--
An object key without __toString: "Invalid key" warning, then PHP's "could not be converted to string" Error
--DESCRIPTION--
Spec §3.1 says objects without __toString make PHP throw an Error. The oracle converts the key first (the Error
becomes pending, the key is ""), so the empty key also produces the "Invalid key" warning before the Error
propagates. Objects with __toString are used as their string. No I/O: the key is rejected before any request,
and findServer() does no I/O on a one-server pool.
E_DEPRECATED is masked so the 8.0 oracle's dynamic-property deprecation does not show;
module/dynamic_properties.phpt covers that difference.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
class K { function __toString(): string { return 'kobj_key'; } }
$p = new MemcachePool;
$p->addServer($host, $refused_port);
t(fn() => $p->set(new stdClass, 'v'));
t(fn() => $p->findServer(new stdClass));
t(fn() => memcache_set($p, new stdClass, 'v'));
t(fn() => $p->findServer(new K) === "$host:$refused_port");
?>
--EXPECTF--

Warning: MemcachePool::set(): Invalid key in %s on line %d
Error: Object of class stdClass could not be converted to string

Warning: MemcachePool::findserver(): Invalid key in %s on line %d
Error: Object of class stdClass could not be converted to string

Warning: memcache_set(): Invalid key in %s on line %d
Error: Object of class stdClass could not be converted to string
bool(true)
