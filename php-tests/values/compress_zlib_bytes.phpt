--TEST--
compressed payloads are byte-identical to zlib compress() at the default level (= gzcompress())
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
// E_DEPRECATED is masked (--INI--) only because the 8.0 oracle emits "Creation of dynamic property
// Memcache::$connection is deprecated" on PHP 8.2; 8.2 (spec §1) must not emit it at all.
require __DIR__ . '/../config.inc';
// Stricter than compress_threshold.phpt: the reference calls zlib compress() (level 6), so every C client
// writes exactly these bytes. A replacement using another deflate implementation fails only this test.
require __DIR__ . '/raw.inc';
$m = test_memcache();
$k = 'values_compress_zlib_bytes';
$cases = [str_repeat('a', 20000), str_repeat('abc', 100), str_repeat("The quick brown fox jumps over the lazy dog. ", 500)];
foreach ($cases as $i => $v) {
    $m->set($k, $v, MEMCACHE_COMPRESSED);
    $it = raw_item($k);
    echo $i, ': flags=', $it[0], ' len=', strlen($it[1]), ' gzcompress-identical=', var_export($it[1] === gzcompress($v), true), "\n";
}
echo bin2hex(raw_item($k)[1] === '' ? '' : substr(raw_item($k)[1], 0, 2)), "\n";
$m->set($k, str_repeat('a', 20000));
echo bin2hex(raw_item($k)[1]), "\n";
$m->delete($k);
?>
--EXPECT--
0: flags=2 len=43 gzcompress-identical=true
1: flags=2 len=15 gzcompress-identical=true
2: flags=2 len=133 gzcompress-identical=true
789c
789cedc13101000000c2a0aceb5fc21a1e4001000000000000000000000000000000000000f06062f99bd4
