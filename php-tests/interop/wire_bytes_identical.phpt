--TEST--
interop: for every PHP type and user flag, this extension puts exactly the same flags and payload bytes on the server as the C extension (compressed payloads: zlib streams of the same bytes)
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc';
if (oracle_command() === null) die('skip C reference extension (php' . PHP_MAJOR_VERSION . '.' . PHP_MINOR_VERSION . '-memcache) not installed'); ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
// E_DEPRECATED is masked only because the 8.0 oracle emits a dynamic-property deprecation (not under test).
// Both extensions store the same cases under two prefixes; the items are then compared over a raw socket.
require __DIR__ . '/../config.inc';
require __DIR__ . '/cases.inc';
$m = test_memcache();
foreach (['plain', 'flags'] as $set) {
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
plain/str: identical (flags 0, 5 bytes)
plain/str_bin: identical (flags 0, 263 bytes)
plain/str_empty: identical (flags 0, 0 bytes)
plain/str_num: identical (flags 0, 3 bytes)
plain/int: identical (flags 768, 3 bytes)
plain/int_neg: identical (flags 768, 3 bytes)
plain/int_max: identical (flags 768, 19 bytes)
plain/int_min: identical (flags 768, 20 bytes)
plain/float: identical (flags 1792, 3 bytes)
plain/float_neg: identical (flags 1792, 4 bytes)
plain/float_big: identical (flags 1792, 8 bytes)
plain/float_nz: identical (flags 1792, 2 bytes)
plain/float_nan: identical (flags 1792, 3 bytes)
plain/float_inf: identical (flags 1792, 3 bytes)
plain/float_ninf: identical (flags 1792, 4 bytes)
plain/float_pi: identical (flags 1792, 15 bytes)
plain/bool_t: identical (flags 256, 1 bytes)
plain/bool_f: identical (flags 256, 1 bytes)
plain/null: identical (flags 1, 2 bytes)
plain/arr: identical (flags 1, 81 bytes)
plain/arr_empty: identical (flags 1, 6 bytes)
plain/obj_std: identical (flags 1, 64 bytes)
plain/obj_user: identical (flags 1, 232 bytes)
plain/obj_sleep: identical (flags 1, 46 bytes)
plain/obj_ser: identical (flags 1, 49 bytes)
plain/refs: identical (flags 1, 80 bytes)
plain/obj_self: identical (flags 1, 50 bytes)
flags/str_u1: identical (flags 65536, 1 bytes)
flags/str_u2: identical (flags 131072, 1 bytes)
flags/str_u3: identical (flags 262144, 1 bytes)
flags/str_u4: identical (flags 524288, 1 bytes)
flags/str_all: identical (flags 983040, 1 bytes)
flags/str_high: identical (flags 4294901760, 1 bytes)
flags/str_wrap: identical (flags 131072, 1 bytes)
flags/int_u2: identical (flags 131840, 1 bytes)
flags/float_u3: identical (flags 263936, 3 bytes)
flags/bool_u4: identical (flags 524544, 1 bytes)
flags/false_u1: identical (flags 65792, 1 bytes)
flags/null_u1: identical (flags 65537, 2 bytes)
flags/arr_u1: identical (flags 65537, 22 bytes)
flags/obj_u2: identical (flags 131073, 39 bytes)
flags/big_u3: identical (flags 262146, 46 bytes)
flags/bigarr_u4: same flags 524291, zlib 789c stream of the same 43899 bytes: ours 4532 bytes, oracle 7018, limit 35119
flags/small_u1c: identical (flags 65536, 4 bytes)
