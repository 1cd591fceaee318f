--TEST--
memcache_set_compress_threshold() sets the automatic compression threshold
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = test_memcache();
$k = 'ops_procedural_set_compress_threshold_' . getmypid();
var_dump(memcache_set_compress_threshold($m, 100));
var_dump(memcache_set_compress_threshold($m, 100, 0.3));
$m->set($k, str_repeat('a', 200));
var_dump($m->get($k, $flags) === str_repeat('a', 200), $flags);
var_dump(memcache_set_compress_threshold($m, 0));
$m->set($k, str_repeat('a', 200));
var_dump($m->get($k, $flags) === str_repeat('a', 200), $flags);
$m->delete($k);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
int(2)
bool(true)
bool(true)
int(0)
