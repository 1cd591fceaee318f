--TEST--
$m->connection = true (or another non-resource) gives "Invalid MemcachePool->connection member variable" and false
--DESCRIPTION--
Spec §1.1: the property is present but is not a pool resource. No exception is thrown for non-resource values.
E_DEPRECATED is masked so the 8.0 oracle's dynamic-property deprecation does not show;
module/dynamic_properties.phpt covers that difference.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
$m = new Memcache;
$m->connection = true;
t(fn() => $m->set('icm_key', 1));
t(fn() => $m->get('icm_key'));
t(fn() => $m->findServer('icm_key'));
t(fn() => $m->getServerStatus('127.0.0.1', 11211));
t(fn() => $m->setCompressThreshold(10));
t(fn() => $m->close());
t(fn() => $m->flush());
t(fn() => $m->getVersion());
t(fn() => memcache_get($m, 'icm_key'));
t(fn() => memcache_increment($m, 'icm_key'));
t(fn() => $m->setSaslAuthData('user', 'pass'));
$p = new MemcachePool;
foreach (['x', 0, null, [], 1.5] as $v) {
    $p->connection = $v;
    t(fn() => $p->delete('icm_key'));
}
var_dump($m);
?>
--EXPECTF--

Warning: MemcachePool::set(): Invalid MemcachePool->connection member variable in %s on line %d
bool(false)

Warning: MemcachePool::get(): Invalid MemcachePool->connection member variable in %s on line %d
bool(false)

Warning: MemcachePool::findserver(): Invalid MemcachePool->connection member variable in %s on line %d
bool(false)

Warning: MemcachePool::getserverstatus(): Invalid MemcachePool->connection member variable in %s on line %d
bool(false)

Warning: MemcachePool::setcompressthreshold(): Invalid MemcachePool->connection member variable in %s on line %d
bool(false)

Warning: MemcachePool::close(): Invalid MemcachePool->connection member variable in %s on line %d
bool(false)

Warning: MemcachePool::flush(): Invalid MemcachePool->connection member variable in %s on line %d
bool(false)

Warning: MemcachePool::getversion(): Invalid MemcachePool->connection member variable in %s on line %d
bool(false)

Warning: memcache_get(): Invalid MemcachePool->connection member variable in %s on line %d
bool(false)

Warning: memcache_increment(): Invalid MemcachePool->connection member variable in %s on line %d
bool(false)
bool(true)

Warning: MemcachePool::delete(): Invalid MemcachePool->connection member variable in %s on line %d
bool(false)

Warning: MemcachePool::delete(): Invalid MemcachePool->connection member variable in %s on line %d
bool(false)

Warning: MemcachePool::delete(): Invalid MemcachePool->connection member variable in %s on line %d
bool(false)

Warning: MemcachePool::delete(): Invalid MemcachePool->connection member variable in %s on line %d
bool(false)

Warning: MemcachePool::delete(): Invalid MemcachePool->connection member variable in %s on line %d
bool(false)
object(Memcache)#1 (3) {
  ["connection"]=>
  bool(true)
  ["username"]=>
  string(4) "user"
  ["password"]=>
  string(4) "pass"
}
