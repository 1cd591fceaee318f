--TEST--
an item with flag 1 (SERIALIZED) whose payload does not unserialize: notice "Failed to unserialize data", treated as a miss
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
$p = 'values_decode_unserialize_fail_';
var_dump(raw_set($p . 'bad', 1, 'garbage'));
var_dump(raw_set($p . 'empty', 1, ''));
var_dump(raw_set($p . 'trunc', 1, 'a:2:{i:0;i:1;'));
var_dump(raw_set($p . 'zbad', 3, gzcompress('x:bad')));
var_dump(raw_set($p . 'good', 1, 'i:5;'));
var_dump(raw_set($p . 'zgood', 3, gzcompress(serialize([1, 2]))));
var_dump(raw_set($p . 'trail', 1, 's:1:"a";TRAILING'));
$flags = 'untouched'; $cas = 'untouched';
var_dump($m->get($p . 'bad', $flags, $cas), $flags, $cas);
var_dump($m->get($p . 'empty'));
var_dump($m->get($p . 'trunc'));
var_dump($m->get($p . 'zbad'));
var_dump($m->get($p . 'good', $flags), $flags);
var_dump($m->get($p . 'zgood', $flags), $flags);
// bytes after a complete serialized value are ignored
var_dump($m->get($p . 'trail'));
$flags = 'untouched';
var_dump($m->get([$p . 'bad', $p . 'good', $p . 'zbad', $p . 'zgood'], $flags), $flags);
foreach (['bad', 'empty', 'trunc', 'zbad', 'good', 'zgood', 'trail'] as $s) $m->delete($p . $s);
?>
--EXPECTF--
string(6) "STORED"
string(6) "STORED"
string(6) "STORED"
string(6) "STORED"
string(6) "STORED"
string(6) "STORED"
string(6) "STORED"

Notice: MemcachePool::get(): Failed to unserialize data in %s on line %d
bool(false)
string(9) "untouched"
string(9) "untouched"

Notice: MemcachePool::get(): Failed to unserialize data in %s on line %d
bool(false)

Notice: MemcachePool::get(): Failed to unserialize data in %s on line %d
bool(false)

Notice: MemcachePool::get(): Failed to unserialize data in %s on line %d
bool(false)
int(5)
int(1)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
int(3)
string(1) "a"

Notice: MemcachePool::get(): Failed to unserialize data in %s on line %d

Notice: MemcachePool::get(): Failed to unserialize data in %s on line %d
array(2) {
  ["values_decode_unserialize_fail_good"]=>
  int(5)
  ["values_decode_unserialize_fail_zgood"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}
array(2) {
  ["values_decode_unserialize_fail_good"]=>
  int(1)
  ["values_decode_unserialize_fail_zgood"]=>
  int(3)
}
