--TEST--
set()/add()/replace() with an array of items: one request per item, results combined (any failure makes it false), value argument ignored
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=ascii
--FILE--
<?php
// E_DEPRECATED is masked (--INI--) only because the 8.0 oracle emits "Creation of dynamic property
// Memcache::$connection is deprecated" on PHP 8.2; 8.2 (spec §1) must not emit it at all.
// memcache.protocol is pinned to ascii: the expected results are the ASCII ones (spec §7.3); the binary
// protocol differs here (spec §7.4), see multi_set_binary.phpt.
require __DIR__ . '/../config.inc';
$m = test_pool();
$p = "store_multi_set_";
$m->delete($p . "a"); $m->delete($p . "b"); $m->delete($p . "c");
var_dump($m->set([$p . "a" => "A", $p . "b" => 2, $p . "c" => [3]], null));
var_dump($m->get([$p . "a", $p . "b", $p . "c"]));
// the second argument is ignored for an array key
var_dump($m->set([$p . "a" => "A2"], "ignored"));
var_dump($m->get($p . "a"));
// a single-element array with no value argument is fine (no ArgumentCountError)
var_dump($m->set([$p . "a" => "A3"]));
var_dump($m->get($p . "a"));
// add: one existing key makes the whole result false, the other items are still stored
$m->delete($p . "b");
var_dump($m->add([$p . "a" => "nope", $p . "b" => "B-added"], null));
var_dump($m->get([$p . "a", $p . "b"]));
// replace: one missing key makes it false, the existing one is replaced
$m->delete($p . "c");
var_dump($m->replace([$p . "a" => "A-replaced", $p . "c" => "C"], null));
var_dump($m->get([$p . "a", $p . "c"]));
// append/prepend with arrays
var_dump($m->append([$p . "a" => "+", $p . "b" => "+"], null));
var_dump($m->prepend([$p . "a" => "-", $p . "c" => "-"], null));
var_dump($m->get([$p . "a", $p . "b", $p . "c"]));
// flags and exptime apply to every item
var_dump($m->set([$p . "a" => "x", $p . "b" => "y"], null, MEMCACHE_USER2));
var_dump($m->get([$p . "a", $p . "b"], $flags), $flags);
// empty array: nothing set, false
var_dump($m->set([], null));
var_dump(memcache_set($m, [$p . "c" => "proc"], null));
var_dump($m->get($p . "c"));
$m->delete($p . "a"); $m->delete($p . "b"); $m->delete($p . "c");
?>
--EXPECT--
bool(true)
array(3) {
  ["store_multi_set_a"]=>
  string(1) "A"
  ["store_multi_set_b"]=>
  int(2)
  ["store_multi_set_c"]=>
  array(1) {
    [0]=>
    int(3)
  }
}
bool(true)
string(2) "A2"
bool(true)
string(2) "A3"
bool(false)
array(2) {
  ["store_multi_set_a"]=>
  string(2) "A3"
  ["store_multi_set_b"]=>
  string(7) "B-added"
}
bool(false)
array(1) {
  ["store_multi_set_a"]=>
  string(10) "A-replaced"
}
bool(true)
bool(false)
array(2) {
  ["store_multi_set_a"]=>
  string(12) "-A-replaced+"
  ["store_multi_set_b"]=>
  string(8) "B-added+"
}
bool(true)
array(2) {
  ["store_multi_set_a"]=>
  string(1) "x"
  ["store_multi_set_b"]=>
  string(1) "y"
}
array(2) {
  ["store_multi_set_a"]=>
  int(131072)
  ["store_multi_set_b"]=>
  int(131072)
}
bool(false)
bool(true)
string(4) "proc"
