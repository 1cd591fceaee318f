--TEST--
Store methods with a scalar key and no value throw ArgumentCountError "Wrong parameter count for MemcachePool::xxx()"
--DESCRIPTION--
Spec §1.2/§4.7. An array key needs no value (multi-set; an empty array just returns false).
No I/O: the server is added lazily on a port where nothing listens, and every call fails before any request.
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
foreach ([new Memcache, new MemcachePool] as $m) {
    echo "== ", get_class($m), "\n";
    $m->addServer($host, $refused_port);
    foreach (['add', 'set', 'replace', 'cas', 'append', 'prepend'] as $meth) {
        t(fn() => $m->$meth('smv_key'));
        t(fn() => $m->$meth(5));
        t(fn() => $m->$meth(1.5));
        t(fn() => $m->$meth(true));
        t(fn() => $m->$meth([]));
    }
    t(fn() => $m->set());
}
?>
--EXPECT--
== Memcache
ArgumentCountError: Wrong parameter count for MemcachePool::add()
ArgumentCountError: Wrong parameter count for MemcachePool::add()
ArgumentCountError: Wrong parameter count for MemcachePool::add()
ArgumentCountError: Wrong parameter count for MemcachePool::add()
bool(false)
ArgumentCountError: Wrong parameter count for MemcachePool::set()
ArgumentCountError: Wrong parameter count for MemcachePool::set()
ArgumentCountError: Wrong parameter count for MemcachePool::set()
ArgumentCountError: Wrong parameter count for MemcachePool::set()
bool(false)
ArgumentCountError: Wrong parameter count for MemcachePool::replace()
ArgumentCountError: Wrong parameter count for MemcachePool::replace()
ArgumentCountError: Wrong parameter count for MemcachePool::replace()
ArgumentCountError: Wrong parameter count for MemcachePool::replace()
bool(false)
ArgumentCountError: Wrong parameter count for MemcachePool::cas()
ArgumentCountError: Wrong parameter count for MemcachePool::cas()
ArgumentCountError: Wrong parameter count for MemcachePool::cas()
ArgumentCountError: Wrong parameter count for MemcachePool::cas()
bool(false)
ArgumentCountError: Wrong parameter count for MemcachePool::append()
ArgumentCountError: Wrong parameter count for MemcachePool::append()
ArgumentCountError: Wrong parameter count for MemcachePool::append()
ArgumentCountError: Wrong parameter count for MemcachePool::append()
bool(false)
ArgumentCountError: Wrong parameter count for MemcachePool::prepend()
ArgumentCountError: Wrong parameter count for MemcachePool::prepend()
ArgumentCountError: Wrong parameter count for MemcachePool::prepend()
ArgumentCountError: Wrong parameter count for MemcachePool::prepend()
bool(false)
ArgumentCountError: MemcachePool::set() expects at least 1 argument, 0 given
== MemcachePool
ArgumentCountError: Wrong parameter count for MemcachePool::add()
ArgumentCountError: Wrong parameter count for MemcachePool::add()
ArgumentCountError: Wrong parameter count for MemcachePool::add()
ArgumentCountError: Wrong parameter count for MemcachePool::add()
bool(false)
ArgumentCountError: Wrong parameter count for MemcachePool::set()
ArgumentCountError: Wrong parameter count for MemcachePool::set()
ArgumentCountError: Wrong parameter count for MemcachePool::set()
ArgumentCountError: Wrong parameter count for MemcachePool::set()
bool(false)
ArgumentCountError: Wrong parameter count for MemcachePool::replace()
ArgumentCountError: Wrong parameter count for MemcachePool::replace()
ArgumentCountError: Wrong parameter count for MemcachePool::replace()
ArgumentCountError: Wrong parameter count for MemcachePool::replace()
bool(false)
ArgumentCountError: Wrong parameter count for MemcachePool::cas()
ArgumentCountError: Wrong parameter count for MemcachePool::cas()
ArgumentCountError: Wrong parameter count for MemcachePool::cas()
ArgumentCountError: Wrong parameter count for MemcachePool::cas()
bool(false)
ArgumentCountError: Wrong parameter count for MemcachePool::append()
ArgumentCountError: Wrong parameter count for MemcachePool::append()
ArgumentCountError: Wrong parameter count for MemcachePool::append()
ArgumentCountError: Wrong parameter count for MemcachePool::append()
bool(false)
ArgumentCountError: Wrong parameter count for MemcachePool::prepend()
ArgumentCountError: Wrong parameter count for MemcachePool::prepend()
ArgumentCountError: Wrong parameter count for MemcachePool::prepend()
ArgumentCountError: Wrong parameter count for MemcachePool::prepend()
bool(false)
ArgumentCountError: MemcachePool::set() expects at least 1 argument, 0 given
