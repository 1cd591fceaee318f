--TEST--
Stack traces name the declaring class: MemcachePool->set() even for a Memcache instance
--DESCRIPTION--
Spec §2.3: inherited methods are really declared on MemcachePool. The server is added lazily on a port
where nothing listens; no I/O happens because the call fails during argument checking.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
function f(Memcache $m) { $m->set('trace_key'); }
$m = new Memcache;
$m->addServer($host, $refused_port);
try {
    f($m);
} catch (ArgumentCountError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
    echo $e->getTraceAsString(), "\n";
}
try {
    $m->connect();
} catch (ArgumentCountError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
    echo $e->getTraceAsString(), "\n";
}
?>
--EXPECTF--
ArgumentCountError: Wrong parameter count for MemcachePool::set()
#0 %s(%d): MemcachePool->set('trace_key')
#1 %s(%d): f(Object(Memcache))
#2 {main}
ArgumentCountError: Memcache::connect() expects at least 1 argument, 0 given
#0 %s(%d): Memcache->connect()
#1 {main}
