--TEST--
memcache_set() stores a value; the stored value and flags read back
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = test_memcache();
$k = 'ops_procedural_set_' . getmypid();
var_dump(memcache_set($m, $k, 'value', MEMCACHE_USER2, 60));
var_dump($m->get($k, $flags), $flags);
var_dump(memcache_set($m, [$k . '_a' => 1, $k . '_b' => 2.5]));
var_dump($m->get([$k . '_a', $k . '_b']) === [$k . '_a' => 1, $k . '_b' => 2.5]);
$m->delete($k); $m->delete($k . '_a'); $m->delete($k . '_b');
?>
--EXPECT--
bool(true)
string(5) "value"
int(131072)
bool(true)
bool(true)
