--TEST--
interop under memcache.protocol=meta (issue 14): values stored with user flags (MEMCACHE_USER1..4, high bits) written by this extension are read back identically (value and flags) by the C extension
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
$set = 'flags';
$prefix = 'interop_meta_oracle_reads_ours_flags_';
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
str_u1: true
str_u2: true
str_u3: true
str_u4: true
str_all: true
str_high: true
str_wrap: true
int_u2: true
float_u3: true
bool_u4: true
false_u1: true
null_u1: true
arr_u1: true
obj_u2: true
big_u3: true
bigarr_u4: true
small_u1c: true
peer: done
str_u1: ok
str_u2: ok
str_u3: ok
str_u4: ok
str_all: ok
str_high: ok
str_wrap: ok
int_u2: ok
float_u3: ok
bool_u4: ok
false_u1: ok
null_u1: ok
arr_u1: ok
obj_u2: ok
big_u3: ok
bigarr_u4: ok
small_u1c: ok
