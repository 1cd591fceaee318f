--TEST--
getStats('reset') returns true (RESET reply) and resets the counters (§4.12)
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
; ASCII only: the binary protocol has no stats (§4.12; ../binary/stats_false.phpt)
memcache.protocol=ascii
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = test_memcache();
$k = 'ops_getstats_reset_' . getmypid();
$m->set($k, 'v');
$m->get($k);
var_dump((int)$m->getStats()['get_hits'] > 0);
var_dump($m->getStats('reset'));
var_dump($m->getStats()['get_hits']);
var_dump(memcache_get_stats($m, 'reset'));
var_dump($m->getExtendedStats('reset'));
$m->delete($k);
?>
--EXPECTF--
bool(true)
bool(true)
string(1) "0"
bool(true)
array(1) {
  ["127.0.0.1:%d"]=>
  bool(true)
}
