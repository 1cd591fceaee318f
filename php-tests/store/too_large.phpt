--TEST--
set() of a value above the 1 MB item limit: notice "SERVER_ERROR object too large for cache (3)" and false; the connection keeps working
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
// protocol differs here (spec §7.4), see too_large_binary.phpt.
require __DIR__ . '/../config.inc';
$m = test_memcache();
$k = "store_too_large";
// incompressible payload so that auto-compression cannot shrink it below the limit
mt_srand(42);
$big = "";
for ($i = 0; $i < 1024 * 1024 + 100; $i++) $big .= chr(mt_rand(0, 255));
$m->set($k, "small");
var_dump($m->set($k, $big));
var_dump($m->get($k));           // memcached drops the old item on a failed set
var_dump($m->set($k . "_next", "works"), $m->get($k . "_next"));
// the server is not marked failed
var_dump($m->getServerStatus($host, $port));
// array set: the too-large item makes the result false, the others are stored
$m->delete($k . "_a"); $m->delete($k . "_c");
var_dump($m->set([$k . "_a" => "A", $k . "_b" => $big, $k . "_c" => "C"], null));
var_dump($m->get([$k . "_a", $k . "_b", $k . "_c"]));
// the same through add/replace/a serialized value
var_dump($m->add($k . "_d", $big));
var_dump($m->set($k . "_e", [$big]));
var_dump($m->get($k . "_next"));
foreach (["", "_next", "_a", "_c"] as $s) $m->delete($k . $s);
?>
--EXPECTF--
Notice: MemcachePool::set(): Server 127.0.0.1 (tcp %d, udp 0) failed with: SERVER_ERROR object too large for cache (3) in %s on line %d
bool(false)
bool(false)
bool(true)
string(5) "works"
int(1)

Notice: MemcachePool::set(): Server 127.0.0.1 (tcp %d, udp 0) failed with: SERVER_ERROR object too large for cache (3) in %s on line %d
bool(false)
array(2) {
  ["store_too_large_a"]=>
  string(1) "A"
  ["store_too_large_c"]=>
  string(1) "C"
}

Notice: MemcachePool::add(): Server 127.0.0.1 (tcp %d, udp 0) failed with: SERVER_ERROR object too large for cache (3) in %s on line %d
bool(false)

Notice: MemcachePool::set(): Server 127.0.0.1 (tcp %d, udp 0) failed with: SERVER_ERROR object too large for cache (3) in %s on line %d
bool(false)
string(5) "works"
