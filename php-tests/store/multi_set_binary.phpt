--TEST--
binary set()/add()/replace()/append()/prepend() with an array of items: one request per item, results combined; a missing key for replace is a server failure
--DESCRIPTION--
Binary twin of multi_set.phpt. The happy paths and add's silent "exists" are as in ASCII. replace, append and
prepend of a missing key are classed as a server failure in binary mode (QUIRK, spec §7.4), so the replace of
a missing key comes last: the notice and the pool's server marked failed (a pool with a non-persistent server
still sees what was stored).
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=binary
--FILE--
<?php
// E_DEPRECATED is masked (--INI--) only because the 8.0 oracle emits "Creation of dynamic property
// Memcache::$connection is deprecated" on PHP 8.2; 8.2 (spec §1) must not emit it at all.
require __DIR__ . '/../config.inc';
$m = test_pool();
$p = "store_multi_set_binary_";
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
// replace/append/prepend of existing items
var_dump($m->replace([$p . "a" => "A-replaced", $p . "b" => "B-replaced"], null));
var_dump($m->append([$p . "a" => "+", $p . "b" => "+"], null));
var_dump($m->prepend([$p . "a" => "-", $p . "b" => "-"], null));
var_dump($m->get([$p . "a", $p . "b"]));
// flags and exptime apply to every item
var_dump($m->set([$p . "a" => "x", $p . "b" => "y"], null, MEMCACHE_USER2));
var_dump($m->get([$p . "a", $p . "b"], $flags), $flags);
// empty array: nothing set, false
var_dump($m->set([], null));
var_dump(memcache_set($m, [$p . "c" => "proc"], null));
var_dump($m->get($p . "c"));
// replace with one missing key: a server failure (notice, server marked failed). A server failure is not a
// per-request "false" result, so the combined result is the other item's true (spec §3.2)
$m->delete($p . "c");
var_dump($m->replace([$p . "a" => "A-again", $p . "c" => "C"], null));
var_dump($m->getServerStatus($host, $port));
var_dump($m->get([$p . "a", $p . "c"]));
// test_pool() adds a persistent server, whose failed state all pools of this process share (spec §6.3)
$m2 = new MemcachePool;
$m2->addServer($host, $port, 0, false);
var_dump($m2->get([$p . "a", $p . "c"]));
$m2->delete($p . "a"); $m2->delete($p . "b"); $m2->delete($p . "c");
?>
--EXPECTF--
bool(true)
array(3) {
  ["store_multi_set_binary_a"]=>
  string(1) "A"
  ["store_multi_set_binary_b"]=>
  int(2)
  ["store_multi_set_binary_c"]=>
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
  ["store_multi_set_binary_a"]=>
  string(2) "A3"
  ["store_multi_set_binary_b"]=>
  string(7) "B-added"
}
bool(true)
bool(true)
bool(true)
array(2) {
  ["store_multi_set_binary_a"]=>
  string(12) "-A-replaced+"
  ["store_multi_set_binary_b"]=>
  string(12) "-B-replaced+"
}
bool(true)
array(2) {
  ["store_multi_set_binary_a"]=>
  string(1) "x"
  ["store_multi_set_binary_b"]=>
  string(1) "y"
}
array(2) {
  ["store_multi_set_binary_a"]=>
  int(131072)
  ["store_multi_set_binary_b"]=>
  int(131072)
}
bool(false)
bool(true)
string(4) "proc"

Notice: MemcachePool::replace(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Not found (0) in %s on line %d
bool(true)
int(0)
array(0) {
}
array(1) {
  ["store_multi_set_binary_a"]=>
  string(7) "A-again"
}
