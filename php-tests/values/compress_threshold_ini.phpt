--TEST--
memcache.compress_threshold is copied into the pool when it is created
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
$k = 'values_compress_threshold_ini';
ini_set('memcache.compress_threshold', 0);
$m0 = test_memcache();
ini_set('memcache.compress_threshold', 50);
$m50 = test_memcache();
ini_set('memcache.compress_threshold', 20000);
$v = str_repeat('a', 30000);
$m0->set($k, $v);
$it = raw_item($k); echo 'pool created with 0: flags=', $it[0], ' len=', strlen($it[1]), "\n";
$m50->set($k, str_repeat('a', 60));
$it = raw_item($k); echo 'pool created with 50: flags=', $it[0], ' len=', strlen($it[1]), "\n";
var_dump($m0->get($k) === str_repeat('a', 60));
$m0->delete($k);
?>
--EXPECT--
pool created with 0: flags=0 len=30000
pool created with 50: flags=2 len=12
bool(true)
