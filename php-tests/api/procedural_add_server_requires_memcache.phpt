--TEST--
memcache_add_server() requires a Memcache instance (not MemcachePool) although Reflection says MemcachePool
--DESCRIPTION--
Spec §1.2 exception: "... must be of type Memcache, stdClass given". Subclasses are accepted.
Other procedural functions accept MemcachePool and any subclass. No I/O: servers are added lazily.
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
t(fn() => memcache_add_server(new stdClass, $host, $refused_port));
t(fn() => memcache_add_server('x', $host, $refused_port));
t(fn() => memcache_add_server(null, $host, $refused_port));
t(fn() => memcache_add_server(new MemcachePool, $host, $refused_port));
t(fn() => memcache_add_server(new class extends MemcachePool {}, $host, $refused_port));
t(fn() => memcache_add_server(new class extends Memcache {}, $host, $refused_port));
t(fn() => memcache_add_server(new Memcache, $host, $refused_port));
t(fn() => (string)(new ReflectionFunction('memcache_add_server'))->getParameters()[0]->getType());
$p = new class extends MemcachePool {};
t(fn() => memcache_close($p));
$p->addServer($host, $refused_port);
t(fn() => memcache_get_server_status($p, $host, $refused_port));
t(fn() => memcache_close($p));
?>
--EXPECTF--
TypeError: memcache_add_server(): Argument #1 ($memcache) must be of type Memcache, stdClass given
TypeError: memcache_add_server(): Argument #1 ($memcache) must be of type Memcache, string given
TypeError: memcache_add_server(): Argument #1 ($memcache) must be of type Memcache, null given
TypeError: memcache_add_server(): Argument #1 ($memcache) must be of type Memcache, MemcachePool given
TypeError: memcache_add_server(): Argument #1 ($memcache) must be of type Memcache, MemcachePool@anonymous given
bool(true)
bool(true)
string(12) "MemcachePool"

Warning: memcache_close(): No servers added to memcache connection in %s on line %d
bool(false)
int(1)
bool(true)
