--TEST--
setCompressThreshold(0) disables automatic compression; explicit MEMCACHE_COMPRESSED still compresses; other thresholds apply
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
$m = test_memcache();
$k = 'values_compress_threshold_off';
$big = str_repeat('a', 30000);
var_dump($m->setCompressThreshold(0));
var_dump($m->set($k, $big));
$it = raw_item($k); echo 'off: flags=', $it[0], ' len=', strlen($it[1]), "\n";
var_dump($m->set($k, $big, MEMCACHE_COMPRESSED));
$it = raw_item($k); echo 'off+flag: flags=', $it[0], ' len=', strlen($it[1]), "\n";
var_dump($m->get($k) === $big);
var_dump($m->setCompressThreshold(100));
var_dump($m->set($k, str_repeat('a', 99)));
$it = raw_item($k); echo '100/99: flags=', $it[0], ' len=', strlen($it[1]), "\n";
var_dump($m->set($k, str_repeat('a', 100)));
$it = raw_item($k); echo '100/100: flags=', $it[0], ' len=', strlen($it[1]), "\n";
var_dump($m->get($k) === str_repeat('a', 100));
var_dump(memcache_set_compress_threshold($m, 0));
var_dump($m->set($k, str_repeat('a', 100)));
$it = raw_item($k); echo 'off again: flags=', $it[0], ' len=', strlen($it[1]), "\n";
$m->delete($k);
?>
--EXPECT--
bool(true)
bool(true)
off: flags=0 len=30000
bool(true)
off+flag: flags=2 len=53
bool(true)
bool(true)
bool(true)
100/99: flags=0 len=99
bool(true)
100/100: flags=2 len=12
bool(true)
bool(true)
bool(true)
off again: flags=0 len=100
