--TEST--
__sleep() returning a non-array: PHP's serializer notice (prefixed with the store method) and N; is stored
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
class ValuesSleepBadReturn { public $a = 1; function __sleep() { return 5; } }
$m = test_memcache();
$k = 'values_sleep_bad_return';
var_dump($m->set($k, new ValuesSleepBadReturn));
echo raw_show($k), "\n";
$m->delete($k);
?>
--EXPECTF--
Warning: MemcachePool::set(): ValuesSleepBadReturn::__sleep() should return an array only containing the names of instance-variables to serialize in %s on line %d
bool(true)
flags=1 len=2 data=N;
