--TEST--
exptime: an item set with a short relative or absolute exptime disappears after it
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
$k = "store_exptime_expires";
// The absolute time is 3 s ahead: memcached's coarse clock may run up to a second ahead of time(),
// and an item stored at time() + 1 was seen to expire before the first get.
var_dump($m->set($k . "_abs", "v", 0, time() + 3));
var_dump($m->set($k . "_rel", "v", 0, 1));
var_dump($m->set($k . "_keep", "v", 0, 60));
var_dump($m->get([$k . "_abs", $k . "_rel", $k . "_keep"]));
sleep(2);
var_dump($m->get([$k . "_rel", $k . "_keep"]));
var_dump($m->get($k . "_rel"));
// memcached converts absolute times with its own coarse clock, which may lag the wall clock by about
// a second: poll (bounded) instead of sleeping longer. The exptime sent is checked in exptime_negative.phpt.
$deadline = microtime(true) + 4;
while ($m->get($k . "_abs") !== false && microtime(true) < $deadline) usleep(100000);
var_dump($m->get($k . "_abs"));
$m->delete($k . "_keep");
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
array(3) {
  ["store_exptime_expires_abs"]=>
  string(1) "v"
  ["store_exptime_expires_rel"]=>
  string(1) "v"
  ["store_exptime_expires_keep"]=>
  string(1) "v"
}
array(1) {
  ["store_exptime_expires_keep"]=>
  string(1) "v"
}
bool(false)
bool(false)
