--TEST--
append()/prepend(): the stored flags are not changed (int item stays int, serialized item gets corrupted)
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
// E_DEPRECATED is masked (--INI--) only because the 8.0 oracle emits "Creation of dynamic property
// Memcache::$connection is deprecated" on PHP 8.2; 8.2 (spec §1) must not emit it at all.
require __DIR__ . '/../config.inc';
require __DIR__ . "/raw.inc";
$m = test_memcache();
$k = "store_append_keeps_flags";
// int item (flags 0x300): appended bytes are parsed with the int type of the stored item
var_dump($m->set($k, 12));
var_dump($m->append($k, 3));       // the int 3 is encoded as "3"; flags sent are ignored by memcached
var_dump($m->prepend($k, "-"));
var_dump(raw_item($k));
var_dump($m->get($k, $f), $f);
// string item with a user flag: appending an int leaves the flags at USER1
var_dump($m->set($k, "abc", MEMCACHE_USER1));
var_dump($m->append($k, 1.5));
var_dump(raw_item($k));
var_dump($m->get($k, $f), $f);
// serialized item: appended bytes after the serialized payload are ignored by the unserializer ...
var_dump($m->set($k, [1, 2]));
var_dump($m->append($k, "xyz"));
var_dump(raw_item($k));
$f = "untouched";
var_dump($m->get($k, $f), $f);
// ... but prepended bytes corrupt it: "Failed to unserialize data", false, $flags untouched
var_dump($m->prepend($k, "xyz"));
var_dump(raw_item($k));
$f = "untouched";
var_dump($m->get($k, $f), $f);
var_dump($m->get([$k], $f), $f);
$m->delete($k);
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
array(2) {
  [0]=>
  int(768)
  [1]=>
  string(4) "-123"
}
int(-123)
int(768)
bool(true)
bool(true)
array(2) {
  [0]=>
  int(65536)
  [1]=>
  string(6) "abc1.5"
}
string(6) "abc1.5"
int(65536)
bool(true)
bool(true)
array(2) {
  [0]=>
  int(1)
  [1]=>
  string(25) "a:2:{i:0;i:1;i:1;i:2;}xyz"
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
int(1)
bool(true)
array(2) {
  [0]=>
  int(1)
  [1]=>
  string(28) "xyza:2:{i:0;i:1;i:1;i:2;}xyz"
}

Notice: MemcachePool::get(): Failed to unserialize data in %s on line %d
bool(false)
string(9) "untouched"

Notice: MemcachePool::get(): Failed to unserialize data in %s on line %d
array(0) {
}
string(9) "untouched"
