--TEST--
binary increment()/decrement() with a defval create a missing key with that value and exptime; read back as a numeric string (flags 0) (§4.8)
--DESCRIPTION--
Spec §4.8: if the defval argument was passed at all (3+ arguments for the method, 4+ for the procedural form),
the binary request carries initial = defval and expiration = exptime, so memcached creates a missing key with
the value defval (and returns it, the delta is not applied). Without a defval a missing key gives false and
nothing is created. The auto-created item has flags 0, so get() returns a numeric string, not an int.
An existing key is incremented as usual; defval and exptime do not touch it.
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=binary
--FILE--
<?php
require __DIR__ . '/../config.inc';
require __DIR__ . '/../store/raw.inc';
$m = test_memcache();
$k = 'binary_incr_defval_creates';
foreach (['a', 'b', 'c', 'd', 'e', 'f'] as $s) $m->delete("{$k}_$s");
// no defval: a miss, nothing created
var_dump($m->increment("{$k}_a"), $m->increment("{$k}_a", 5), $m->get("{$k}_a"));
// defval: created with the defval, returned as is
var_dump($m->increment("{$k}_a", 5, 10));
var_dump($m->get("{$k}_a", $flags), $flags);
var_dump(raw_item("{$k}_a"), raw_ttl("{$k}_a"));
// now it exists: incremented, defval ignored
var_dump($m->increment("{$k}_a", 5, 10));
// decrement with defval and exptime
var_dump($m->decrement("{$k}_b", 1, 3, 100));
$t = raw_ttl("{$k}_b");
var_dump($t >= 98 && $t <= 100);
var_dump($m->decrement("{$k}_b", 5, 3, 100), $m->get("{$k}_b"));
// an explicit defval of 0 counts as supplied
var_dump($m->increment("{$k}_c", 1, 0), $m->get("{$k}_c"));
// procedural: 3 arguments are no defval, 4 are
var_dump(memcache_increment($m, "{$k}_d", 2), $m->get("{$k}_d"));
var_dump(memcache_increment($m, "{$k}_d", 2, 7), $m->get("{$k}_d"));
// array form
var_dump($m->increment(["{$k}_e", "{$k}_f"], 1, 100));
var_dump($m->get(["{$k}_e", "{$k}_f"]));
foreach (['a', 'b', 'c', 'd', 'e', 'f'] as $s) $m->delete("{$k}_$s");
?>
--EXPECT--
bool(false)
bool(false)
bool(false)
int(10)
string(2) "10"
int(0)
array(2) {
  [0]=>
  int(0)
  [1]=>
  string(2) "10"
}
int(-1)
int(15)
int(3)
bool(true)
int(0)
string(1) "0"
int(0)
string(1) "0"
bool(false)
bool(false)
int(7)
string(1) "7"
array(2) {
  ["binary_incr_defval_creates_e"]=>
  int(100)
  ["binary_incr_defval_creates_f"]=>
  int(100)
}
array(2) {
  ["binary_incr_defval_creates_e"]=>
  string(3) "100"
  ["binary_incr_defval_creates_f"]=>
  string(3) "100"
}
