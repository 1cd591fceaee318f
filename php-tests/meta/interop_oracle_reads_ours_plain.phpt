--TEST--
interop under memcache.protocol=meta (issue 14): values of every PHP type written by this extension are read back identically (value and flags) by the C extension
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
$set = 'plain';
$prefix = 'interop_meta_oracle_reads_ours_plain_';
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
str: true
str_bin: true
str_empty: true
str_num: true
int: true
int_neg: true
int_max: true
int_min: true
float: true
float_neg: true
float_big: true
float_nz: true
float_nan: true
float_inf: true
float_ninf: true
float_pi: true
bool_t: true
bool_f: true
null: true
arr: true
arr_empty: true
obj_std: true
obj_user: true
obj_sleep: true
obj_ser: true
refs: true
obj_self: true
peer: done
str: ok
str_bin: ok
str_empty: ok
str_num: ok
int: ok
int_neg: ok
int_max: ok
int_min: ok
float: ok
float_neg: ok
float_big: ok
float_nz: ok
float_nan: ok
float_inf: ok
float_ninf: ok
float_pi: ok
bool_t: ok
bool_f: ok
null: ok
arr: ok
arr_empty: ok
obj_std: ok
obj_user: ok
obj_sleep: ok
obj_ser: ok
refs: ok
obj_self: ok
