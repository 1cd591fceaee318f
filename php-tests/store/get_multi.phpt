--TEST--
get() with an array: only hits are returned, duplicate keys collapse, $flags/$cas become arrays keyed like the result
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
// E_DEPRECATED is masked (--INI--) only because the 8.0 oracle emits "Creation of dynamic property
// Memcache::$connection is deprecated" on PHP 8.2; 8.2 (spec §1) must not emit it at all.
require __DIR__ . '/../config.inc';
$m = test_memcache();
$p = "store_get_multi_";
$m->delete($p . "miss"); $m->delete($p . "miss2");
$m->set($p . "a", "A", MEMCACHE_USER1);
$m->set($p . "b", 2);
$m->set($p . "c", [3]);
$flags = "untouched"; $cas = "untouched";
$r = $m->get([$p . "a", $p . "miss", $p . "b", $p . "a", $p . "c", $p . "b"], $flags, $cas);
var_dump($r, $flags);
var_dump(array_keys($cas) === array_keys($r), count(array_filter($cas, "is_int")));
// no hits at all: empty array, by-refs untouched
$flags = "untouched"; $cas = "untouched";
var_dump($m->get([$p . "miss", $p . "miss2"], $flags, $cas), $flags, $cas);
// empty input array
var_dump($m->get([], $flags), $flags);
// flags only
unset($flags);
var_dump($m->get([$p . "b"], $flags), $flags);
// CAS values in the array match the single-get CAS
$m->get($p . "a", $f1, $c1);
$m->get([$p . "a"], $f2, $c2);
var_dump($c2 === [$p . "a" => $c1]);
// procedural
var_dump(memcache_get($m, [$p . "a", $p . "miss"]));
$m->delete($p . "a"); $m->delete($p . "b"); $m->delete($p . "c");
?>
--EXPECT--
array(3) {
  ["store_get_multi_a"]=>
  string(1) "A"
  ["store_get_multi_b"]=>
  int(2)
  ["store_get_multi_c"]=>
  array(1) {
    [0]=>
    int(3)
  }
}
array(3) {
  ["store_get_multi_a"]=>
  int(65536)
  ["store_get_multi_b"]=>
  int(768)
  ["store_get_multi_c"]=>
  int(1)
}
bool(true)
int(3)
array(0) {
}
string(9) "untouched"
string(9) "untouched"
array(0) {
}
string(9) "untouched"
array(1) {
  ["store_get_multi_b"]=>
  int(2)
}
array(1) {
  ["store_get_multi_b"]=>
  int(768)
}
bool(true)
array(1) {
  ["store_get_multi_a"]=>
  string(1) "A"
}
