--TEST--
interop: compressed values: this extension stores the same flags as the C extension, and payloads that are byte-identical or zlib streams of the same bytes within the size limit
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc';
if (oracle_command() === null) die('skip C reference extension (php' . PHP_MAJOR_VERSION . '.' . PHP_MINOR_VERSION . '-memcache) not installed'); ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
// E_DEPRECATED is masked only because the 8.0 oracle emits a dynamic-property deprecation (not under test).
// Compressed payloads come from libdeflate here and zlib in the C extension: interop_wire_line() (cases.inc) says
// what must still match. Whether the C extension reads them is oracle_reads_ours_compressed.phpt.
// Both extensions store the same cases under two prefixes; the items are then compared over a raw socket.
require __DIR__ . '/../config.inc';
require __DIR__ . '/cases.inc';
$m = test_memcache();
foreach (['compressed'] as $set) {
    $ours = "interop_wire_ours_{$set}_";
    $theirs = "interop_wire_oracle_{$set}_";
    interop_write($m, $set, $ours);
    $cmd = oracle_command() . ' ' . escapeshellarg(__DIR__ . '/peer.php') . ' write ' . $set . ' ' . escapeshellarg($theirs)
         . ' ' . escapeshellarg($host) . ' ' . (int)$port . ' 2>&1';
    $peer = (string)shell_exec($cmd);
    if (substr_count($peer, ': true') !== count(interop_cases($set))) echo "peer write failed:\n$peer";
    foreach (array_keys(interop_cases($set)) as $n) {
        echo interop_wire_line("$set/$n", interop_raw($host, $port, $ours . $n), interop_raw($host, $port, $theirs . $n));
        $m->delete($ours . $n); $m->delete($theirs . $n);
    }
}
?>
--EXPECT--
compressed/str_30000: same flags 2, zlib 789c stream of the same 30000 bytes: ours 91 bytes, oracle 92, limit 24000
compressed/str_20000: identical (flags 2, 43 bytes)
compressed/str_19999: identical (flags 0, 19999 bytes)
compressed/str_random: identical (flags 0, 30000 bytes)
compressed/arr_big: same flags 3, zlib 789c stream of the same 61899 bytes: ours 5091 bytes, oracle 7407, limit 49519
compressed/obj_big: same flags 3, zlib 789c stream of the same 40126 bytes: ours 191 bytes, oracle 190, limit 32100
compressed/str_flag: identical (flags 2, 15 bytes)
compressed/str_flag_small: identical (flags 0, 12 bytes)
compressed/str_flag_31: identical (flags 2, 11 bytes)
compressed/str_flag_32: identical (flags 2, 11 bytes)
compressed/arr_flag: same flags 3, zlib 789c stream of the same 567 bytes: ours 98 bytes, oracle 102, limit 453
compressed/int_flag: identical (flags 768, 1 bytes)
compressed/float_flag: identical (flags 1792, 3 bytes)
compressed/bool_flag: identical (flags 256, 1 bytes)
compressed/null_flag: identical (flags 1, 2 bytes)
compressed/bin_big: same flags 2, zlib 789c stream of the same 40000 bytes: ours 67 bytes, oracle 66, limit 32000
