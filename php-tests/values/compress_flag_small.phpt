--TEST--
MEMCACHE_COMPRESSED: compresses below the threshold when it saves >= 20 %, otherwise stores raw and drops flag 2
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
$k = 'values_compress_flag_small';
var_dump($m->set($k, 'abcabcabcabc', MEMCACHE_COMPRESSED));
echo raw_show($k), "\n";
var_dump($m->get($k, $flags), $flags);
var_dump($m->set($k, str_repeat('abc', 100), MEMCACHE_COMPRESSED));
$it = raw_item($k);
echo 'flags=', $it[0], ' len=', strlen($it[1]), ' inflates=', var_export(gzuncompress($it[1]) === str_repeat('abc', 100), true), "\n";
var_dump($m->get($k, $flags) === str_repeat('abc', 100), $flags);
var_dump($m->set($k, str_repeat('abc', 100), MEMCACHE_COMPRESSED | MEMCACHE_USER1));
echo raw_item($k)[0], "\n";
var_dump($m->set($k, 'short', MEMCACHE_COMPRESSED | MEMCACHE_USER1));
echo raw_show($k), "\n";
// serialized values too
var_dump($m->set($k, array_fill(0, 30, 'abcdefg'), MEMCACHE_COMPRESSED));
$it = raw_item($k);
echo 'flags=', $it[0], ' inflates=', var_export(gzuncompress($it[1]) === serialize(array_fill(0, 30, 'abcdefg')), true), "\n";
var_dump($m->get($k) === array_fill(0, 30, 'abcdefg'));
var_dump($m->set($k, [1], MEMCACHE_COMPRESSED));
echo raw_show($k), "\n";
// empty string with the flag
var_dump($m->set($k, '', MEMCACHE_COMPRESSED));
echo raw_show($k), "\n";
var_dump($m->get($k, $flags), $flags);
$m->delete($k);
?>
--EXPECT--
bool(true)
flags=0 len=12 data=abcabcabcabc
string(12) "abcabcabcabc"
int(0)
bool(true)
flags=2 len=15 inflates=true
bool(true)
int(2)
bool(true)
65538
bool(true)
flags=65536 len=5 data=short
bool(true)
flags=3 inflates=true
bool(true)
bool(true)
flags=1 len=14 data=a:1:{i:0;i:1;}
bool(true)
flags=0 len=0 data=
string(0) ""
int(0)
