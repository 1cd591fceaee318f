--TEST--
setCompressThreshold(): "threshold must be a positive integer" / "min_savings must be a float in the 0..1 range"
--DESCRIPTION--
Spec §4.13: threshold < 0 is rejected; 0 is allowed; min_savings outside [0, 1] is rejected (checked only when it
differs from 0.2). No I/O: the server is added lazily.
E_DEPRECATED is masked so the 8.0 oracle's dynamic-property deprecation does not show;
module/dynamic_properties.phpt covers that difference.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
$p = new MemcachePool;
$p->addServer($host, $refused_port);
var_dump($p->setCompressThreshold(-1));
var_dump($p->setCompressThreshold(-1, 0.5));
var_dump($p->setCompressThreshold(-1, 5.0));
var_dump($p->setCompressThreshold(0));
var_dump($p->setCompressThreshold(100, 0.2));
var_dump($p->setCompressThreshold(100, 0));
var_dump($p->setCompressThreshold(100, 1));
var_dump($p->setCompressThreshold(100, 1.5));
var_dump($p->setCompressThreshold(100, -0.1));
var_dump($p->setCompressThreshold(100, 1.0000001));
var_dump($p->setCompressThreshold(PHP_INT_MAX));
var_dump(memcache_set_compress_threshold($p, -5));
var_dump(memcache_set_compress_threshold($p, 5, 7));
var_dump(memcache_set_compress_threshold($p, 5, 0.5));
$m = new Memcache;
$m->addServer($host, $refused_port);
var_dump($m->setCompressThreshold(-1));
?>
--EXPECTF--

Warning: MemcachePool::setcompressthreshold(): threshold must be a positive integer in %s on line %d
bool(false)

Warning: MemcachePool::setcompressthreshold(): threshold must be a positive integer in %s on line %d
bool(false)

Warning: MemcachePool::setcompressthreshold(): threshold must be a positive integer in %s on line %d
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)

Warning: MemcachePool::setcompressthreshold(): min_savings must be a float in the 0..1 range in %s on line %d
bool(false)

Warning: MemcachePool::setcompressthreshold(): min_savings must be a float in the 0..1 range in %s on line %d
bool(false)

Warning: MemcachePool::setcompressthreshold(): min_savings must be a float in the 0..1 range in %s on line %d
bool(false)
bool(true)

Warning: memcache_set_compress_threshold(): threshold must be a positive integer in %s on line %d
bool(false)

Warning: memcache_set_compress_threshold(): min_savings must be a float in the 0..1 range in %s on line %d
bool(false)
bool(true)

Warning: MemcachePool::setcompressthreshold(): threshold must be a positive integer in %s on line %d
bool(false)
