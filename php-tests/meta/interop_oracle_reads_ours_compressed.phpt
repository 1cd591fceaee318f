--TEST--
interop under memcache.protocol=meta (issue 14): compressed and compression-candidate values written by this extension are read back identically (value and flags) by the C extension
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc';
if (oracle_command() === null) die('skip C reference extension (php' . PHP_MAJOR_VERSION . '.' . PHP_MINOR_VERSION . '-memcache) not installed'); ?>
--INI--
; this extension speaks meta, the C extension ASCII: the same flags and bytes either way
memcache.protocol=meta
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
// E_DEPRECATED is masked only because the 8.0 oracle emits a dynamic-property deprecation (not under test).
// This process writes; a child process running the C extension (oracle_command()) reads and reports.
require __DIR__ . '/../config.inc';
require __DIR__ . '/../interop/cases.inc';
$set = 'compressed';
$prefix = 'interop_meta_oracle_reads_ours_compressed_';
$m = test_memcache();
echo interop_write($m, $set, $prefix);
$cmd = oracle_command() . ' ' . escapeshellarg(__DIR__ . '/../interop/peer.php') . ' read ' . $set . ' ' . escapeshellarg($prefix)
     . ' ' . escapeshellarg($host) . ' ' . (int)$port . ' 2>&1';
$lines = explode("\n", rtrim((string)shell_exec($cmd), "\n"));
echo array_pop($lines), "\n";
echo interop_compare(implode("\n", $lines), interop_expected($set));
foreach (array_keys(interop_cases($set)) as $n) $m->delete($prefix . $n);
?>
--EXPECT--
str_30000: true
str_20000: true
str_19999: true
str_random: true
arr_big: true
obj_big: true
str_flag: true
str_flag_small: true
str_flag_31: true
str_flag_32: true
arr_flag: true
int_flag: true
float_flag: true
bool_flag: true
null_flag: true
bin_big: true
peer: done
str_30000: ok
str_20000: ok
str_19999: ok
str_random: ok
arr_big: ok
obj_big: ok
str_flag: ok
str_flag_small: ok
str_flag_31: ok
str_flag_32: ok
arr_flag: ok
int_flag: ok
float_flag: ok
bool_flag: ok
null_flag: ok
bin_big: ok
