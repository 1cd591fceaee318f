--TEST--
binary exptime: negative and out-of-range values are truncated to unsigned 32 bits; memcached's binary path takes 4294967295 as a far-future absolute time
--DESCRIPTION--
Binary twin of exptime_negative.phpt. The client truncates exptime to unsigned 32 bits in both protocols
(spec §4.7), so -1 and PHP_INT_MAX go out as 4294967295. memcached 1.6 (server-dependent) expires such an
item at once in ASCII but keeps it in binary, where the expiration field is unsigned: an absolute time far in
the future. A past absolute time stores nothing retrievable in both.
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
require __DIR__ . "/raw.inc";
$m = test_memcache();
$k = "store_exptime_negative_binary";
var_dump($m->set($k . "_m1", "v", 0, -1), $m->get($k . "_m1"));
var_dump($m->set($k . "_max", "v", 0, PHP_INT_MAX), $m->get($k . "_max"));
var_dump($m->set($k . "_past", "v", 0, time() - 10), $m->get($k . "_past"));
// the -1 item is still there, so add fails
var_dump($m->add($k . "_m1", "again"), $m->get($k . "_m1"));
// 2^32 + 100 is truncated to 100 seconds; 0 = never expires; 1000 = relative
var_dump($m->set($k . "_wrap", "v", 0, (1 << 32) + 100), $m->get($k . "_wrap"));
$t = raw_ttl($k . "_wrap"); var_dump($t >= 98 && $t <= 100);
var_dump($m->set($k . "_zero", "v", 0, 0), raw_ttl($k . "_zero"));
var_dump($m->set($k . "_rel", "v", 0, 1000));
$t = raw_ttl($k . "_rel"); var_dump($t >= 998 && $t <= 1000);
var_dump($m->set($k . "_abs", "v", 0, time() + 500));
$t = raw_ttl($k . "_abs"); var_dump($t >= 490 && $t <= 501); // memcached converts absolute times with its own coarse clock
// array set: exptime applies to all items
var_dump($m->set([$k . "_a1" => 1, $k . "_a2" => 2], null, 0, -1), $m->get([$k . "_a1", $k . "_a2"]));
foreach (["_m1", "_max", "_wrap", "_zero", "_rel", "_abs", "_a1", "_a2"] as $s) $m->delete($k . $s);
?>
--EXPECT--
bool(true)
string(1) "v"
bool(true)
string(1) "v"
bool(true)
bool(false)
bool(false)
string(1) "v"
bool(true)
string(1) "v"
bool(true)
bool(true)
int(-1)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
array(2) {
  ["store_exptime_negative_binary_a1"]=>
  int(1)
  ["store_exptime_negative_binary_a2"]=>
  int(2)
}
