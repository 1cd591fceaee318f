--TEST--
an item with flag 2 (COMPRESSED) whose payload is not zlib data: notice "Failed to uncompress data", treated as a miss
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
// E_DEPRECATED is masked (--INI--) only because the 8.0 oracle emits "Creation of dynamic property
// Memcache::$connection is deprecated" on PHP 8.2; 8.2 (spec §1) must not emit it at all.
require __DIR__ . '/../config.inc';
require __DIR__ . '/raw.inc';
$m = test_memcache();
$p = 'values_decode_uncompress_fail_';
var_dump(raw_set($p . 'bad', 2, 'garbage'));
var_dump(raw_set($p . 'badser', 3, 'garbage'));
var_dump(raw_set($p . 'trunc', 2, substr(gzcompress(str_repeat('x', 1000)), 0, 8)));
var_dump(raw_set($p . 'empty', 2, ''));
var_dump(raw_set($p . 'good', 2, gzcompress('hello')));
$flags = 'untouched'; $cas = 'untouched';
var_dump($m->get($p . 'bad', $flags, $cas), $flags, $cas);
var_dump($m->get($p . 'badser'));
var_dump($m->get($p . 'trunc'));
var_dump($m->get($p . 'empty'));
var_dump($m->get($p . 'good', $flags), $flags);
// in a multi-get the broken values are omitted, each with its own notice
$flags = 'untouched';
var_dump($m->get([$p . 'bad', $p . 'good', $p . 'trunc'], $flags), $flags);
foreach (['bad', 'badser', 'trunc', 'empty', 'good'] as $s) $m->delete($p . $s);
?>
--EXPECTF--
string(6) "STORED"
string(6) "STORED"
string(6) "STORED"
string(6) "STORED"
string(6) "STORED"

Notice: MemcachePool::get(): Failed to uncompress data in %s on line %d
bool(false)
string(9) "untouched"
string(9) "untouched"

Notice: MemcachePool::get(): Failed to uncompress data in %s on line %d
bool(false)

Notice: MemcachePool::get(): Failed to uncompress data in %s on line %d
bool(false)

Notice: MemcachePool::get(): Failed to uncompress data in %s on line %d
bool(false)
string(5) "hello"
int(2)

Notice: MemcachePool::get(): Failed to uncompress data in %s on line %d

Notice: MemcachePool::get(): Failed to uncompress data in %s on line %d
array(1) {
  ["values_decode_uncompress_fail_good"]=>
  string(5) "hello"
}
array(1) {
  ["values_decode_uncompress_fail_good"]=>
  int(2)
}
