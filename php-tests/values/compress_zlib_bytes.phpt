--TEST--
compressed payloads are zlib streams (header 78 9c) that gzuncompress() reads, within the size limit; inputs of up to 31 bytes get zlib compress()'s own bytes
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
// E_DEPRECATED is masked (--INI--) only because the 8.0 oracle emits "Creation of dynamic property
// Memcache::$connection is deprecated" on PHP 8.2; 8.2 (spec §1) must not emit it at all.
require __DIR__ . '/../config.inc';
// The reference calls zlib compress() (level 6). This extension compresses with libdeflate (level 6): other
// bytes for most inputs, but a stream any zlib reads. libdeflate would store inputs of up to 31 bytes
// uncompressed, so those go through zlib itself and keep the reference's bytes (and its flag 2).
require __DIR__ . '/raw.inc';
$m = test_memcache();
$k = 'values_compress_zlib_bytes';
$cases = [str_repeat('a', 20000), str_repeat('abc', 100), str_repeat("The quick brown fox jumps over the lazy dog. ", 500),
    str_repeat('ab', 15) . 'a', str_repeat('ab', 16)];
foreach ($cases as $i => $v) {
    $m->set($k, $v, MEMCACHE_COMPRESSED);
    $it = raw_item($k);
    echo $i, ': raw=', strlen($v), ' flags=', $it[0], ' len=', strlen($it[1]), ' header=', bin2hex(substr($it[1], 0, 2)),
        ' inflates=', var_export(gzuncompress($it[1]) === $v, true),
        ' within-limit=', var_export(strlen($it[1]) <= floor(strlen($v) * 0.8), true),
        ' gzcompress-identical=', var_export($it[1] === gzcompress($v), true), "\n";
}
$m->set($k, str_repeat('a', 20000));
echo bin2hex(raw_item($k)[1]), "\n";
$m->delete($k);
?>
--EXPECT--
0: raw=20000 flags=2 len=43 header=789c inflates=true within-limit=true gzcompress-identical=true
1: raw=300 flags=2 len=15 header=789c inflates=true within-limit=true gzcompress-identical=true
2: raw=22500 flags=2 len=133 header=789c inflates=true within-limit=true gzcompress-identical=false
3: raw=31 flags=2 len=12 header=789c inflates=true within-limit=true gzcompress-identical=true
4: raw=32 flags=2 len=12 header=789c inflates=true within-limit=true gzcompress-identical=true
789cedc13101000000c2a0aceb5fc21a1e4001000000000000000000000000000000000000f06062f99bd4
