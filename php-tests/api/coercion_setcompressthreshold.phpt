--TEST--
setCompressThreshold()/flush() arguments follow PHP weak-mode coercion
--DESCRIPTION--
Spec §2.1 notes: normal PHP coercion for int/float parameters. flush() is exercised on a pool emptied by close(),
which returns true without any I/O (spec §1.1). The pool is created with E_DEPRECATED masked (8.0 oracle's
dynamic-property deprecation, covered by module/dynamic_properties.phpt), then E_ALL is enabled.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
$p = new MemcachePool;
$p->addServer('127.0.0.1', 11311);
error_reporting(E_ALL);
t(fn() => $p->setCompressThreshold("100", "0.5"));
t(fn() => $p->setCompressThreshold(100.0, 1));
t(fn() => $p->setCompressThreshold(true, false));
t(fn() => $p->setCompressThreshold(null));
t(fn() => $p->setCompressThreshold(100, null));
t(fn() => $p->setCompressThreshold(100.7));
t(fn() => $p->setCompressThreshold("abc"));
t(fn() => $p->setCompressThreshold(100, "x"));
t(fn() => $p->setCompressThreshold("-1"));
t(fn() => memcache_set_compress_threshold($p, null));
t(fn() => memcache_set_compress_threshold($p, "5", "2"));
var_dump($p->close());
t(fn() => $p->flush("0"));
t(fn() => $p->flush(1.0));
t(fn() => $p->flush(null));
t(fn() => $p->flush("x"));
t(fn() => memcache_flush($p, null));
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)

Deprecated: MemcachePool::setcompressthreshold(): Passing null to parameter #1 ($threshold) of type int is deprecated in %s on line %d
bool(true)

Deprecated: MemcachePool::setcompressthreshold(): Passing null to parameter #2 ($min_savings) of type float is deprecated in %s on line %d
bool(true)

Deprecated: Implicit conversion from float 100.7 to int loses precision in %s on line %d
bool(true)
TypeError: MemcachePool::setcompressthreshold(): Argument #1 ($threshold) must be of type int, string given
TypeError: MemcachePool::setcompressthreshold(): Argument #2 ($min_savings) must be of type float, string given

Warning: MemcachePool::setcompressthreshold(): threshold must be a positive integer in %s on line %d
bool(false)

Deprecated: memcache_set_compress_threshold(): Passing null to parameter #2 ($threshold) of type int is deprecated in %s on line %d
bool(true)

Warning: memcache_set_compress_threshold(): min_savings must be a float in the 0..1 range in %s on line %d
bool(false)
bool(true)
bool(true)
bool(true)

Deprecated: MemcachePool::flush(): Passing null to parameter #1 ($delay) of type int is deprecated in %s on line %d
bool(true)
TypeError: MemcachePool::flush(): Argument #1 ($delay) must be of type int, string given

Deprecated: memcache_flush(): Passing null to parameter #2 ($delay) of type int is deprecated in %s on line %d
bool(true)
