--TEST--
interop under memcache.protocol=meta (issue 14): values stored with user flags (MEMCACHE_USER1..4, high bits) written by the C extension are read back identically (value and flags) by this extension
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
// A child process running the C extension (oracle_command()) writes; this process reads.
require __DIR__ . '/../config.inc';
require __DIR__ . '/../interop/cases.inc';
$set = 'flags';
$prefix = 'interop_meta_ours_reads_oracle_flags_';
$m = test_memcache();
foreach (array_keys(interop_cases($set)) as $n) $m->delete($prefix . $n);
$cmd = oracle_command() . ' ' . escapeshellarg(__DIR__ . '/../interop/peer.php') . ' write ' . $set . ' ' . escapeshellarg($prefix)
     . ' ' . escapeshellarg($host) . ' ' . (int)$port . ' 2>&1';
echo shell_exec($cmd);
echo interop_compare(interop_read($m, $set, $prefix), interop_expected($set));
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
