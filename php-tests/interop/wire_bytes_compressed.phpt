--TEST--
interop: compressed values: this extension puts exactly the same flags and payload bytes on the server as the C extension
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc';
if (oracle_command() === null) die('skip C reference extension (php8.2-memcache) not installed'); ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
// E_DEPRECATED is masked only because the 8.0 oracle emits a dynamic-property deprecation (not under test).
// Requires the same deflate output as zlib compress() at the default level (see values/compress_zlib_bytes.phpt).
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
        $a = interop_raw($host, $port, $ours . $n);
        $b = interop_raw($host, $port, $theirs . $n);
        if ($a !== null && $a === $b) echo "$set/$n: identical (flags ", $a[0], ", ", strlen($a[1]), " bytes)\n";
        else echo "$set/$n: DIFFERENT\n  ours:   ", json_encode($a === null ? null : [$a[0], bin2hex($a[1])]),
                  "\n  oracle: ", json_encode($b === null ? null : [$b[0], bin2hex($b[1])]), "\n";
        $m->delete($ours . $n); $m->delete($theirs . $n);
    }
}
?>
--EXPECT--
compressed/str_30000: identical (flags 2, 92 bytes)
compressed/str_20000: identical (flags 2, 43 bytes)
compressed/str_19999: identical (flags 0, 19999 bytes)
compressed/str_random: identical (flags 0, 30000 bytes)
compressed/arr_big: identical (flags 3, 7407 bytes)
compressed/obj_big: identical (flags 3, 190 bytes)
compressed/str_flag: identical (flags 2, 15 bytes)
compressed/str_flag_small: identical (flags 0, 12 bytes)
compressed/arr_flag: identical (flags 3, 102 bytes)
compressed/int_flag: identical (flags 768, 1 bytes)
compressed/float_flag: identical (flags 1792, 3 bytes)
compressed/bool_flag: identical (flags 256, 1 bytes)
compressed/null_flag: identical (flags 1, 2 bytes)
compressed/bin_big: identical (flags 2, 66 bytes)
