--TEST--
Decompression bombs: a compressed value that cannot fit in what memory_limit leaves fails with "Failed to uncompress data" and false, without inflating it (§5.3)
--DESCRIPTION--
Items are written with flag 2 (COMPRESSED) over a raw socket. The core's buffers come from Rust's
allocator, which memory_limit does not govern, so the inflate is bounded by the room memory_limit
still leaves (read at each get, so ini_set() counts) and stops there.
* 1 MiB of zeros (a 1 KB zlib stream): decoded, as in the reference.
* 300 MiB of zeros (a 300 KB stream) under memory_limit=64M: a notice and false; the process's peak
  resident size (VmHWM) stays far below 300 MB.
  The C reference (pecl/memcache 8.0) instead dies: "Fatal error: Hard memory limit of 134217728 bytes
  exhausted (tried to allocate 78274560 bytes)" while growing its inflate buffer, exit status 137.
  The sane behaviour (a notice, a miss) is expected here.
* 20 MiB of zeros: refused under memory_limit=16M (the reference dies the same way), decoded after
  ini_set('memory_limit', '64M').
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
memory_limit=64M
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
// E_DEPRECATED is masked (--INI--) only because the 8.0 oracle emits "Creation of dynamic property
// Memcache::$connection is deprecated" on PHP 8.2; 8.2 (spec §1) must not emit it at all.
require __DIR__ . '/../config.inc';
require __DIR__ . '/raw.inc';

/** A zlib stream of $mib MiB of zeros, built 1 MiB at a time (the test never holds the zeros). */
function zeros_zlib(int $mib): string {
    $ctx = deflate_init(ZLIB_ENCODING_DEFLATE);
    $chunk = str_repeat("\0", 1 << 20);
    $out = '';
    for ($i = 0; $i < $mib; $i++) $out .= deflate_add($ctx, $chunk, ZLIB_NO_FLUSH);
    return $out . deflate_add($ctx, '', ZLIB_FINISH);
}

/** The process's peak resident set size in bytes. */
function vm_hwm(): int {
    preg_match('/^VmHWM:\s+(\d+) kB/m', (string)file_get_contents('/proc/self/status'), $mm);
    return (int)$mm[1] * 1024;
}

// 300 MiB of zeros deflated at level 9 (305767 bytes); deflated twice more to keep this file small.
$bomb = gzuncompress(gzuncompress(base64_decode(
    'eNqruPX2jq5fDKOE20PrRJalJxkytaR8pjcqMjbnsr5g61yxfrYnxzzZDSwi3Ac2MteJcGdoawUE' .
    'cGzmflc5T7Xm09npn1//+341xYjn8KM3/4/ev7qVkYGBQWLn0bsnT92WMKip3Xnzfx0HUKjn7sVf' .
    'ObtkWOfV5by1ZAcJ3Ht57tuxT84P7v95fsUSKJDwxc7e7o3e9obX00+fZf4OFGm4uFuUB0SLHASS' .
    'DBmCYI4YmNOBzBmVGawy0x5/vdm+XTfhl83/zx8vMzC8v/bzw9PbBpWsX54+OQIARnugJg==')));
var_dump(strlen($bomb), md5($bomb));

$p = 'values_decompression_bomb_';
var_dump(raw_set($p . 'small', 2, zeros_zlib(1)));
var_dump(raw_set($p . 'bomb', 2, $bomb));
var_dump(raw_set($p . 'mid', 2, zeros_zlib(20)));
unset($bomb);
$m = test_memcache();

echo "-- 1 MiB\n";
$v = $m->get($p . 'small', $flags);
var_dump(strlen($v), $v === str_repeat("\0", 1 << 20), $flags);
unset($v);

echo "-- 300 MiB, single and multi-get\n";
$t = microtime(true);
var_dump($m->get($p . 'bomb'));
$r = $m->get([$p . 'bomb', $p . 'small']);
var_dump(array_map('strlen', $r));
unset($r);
var_dump(microtime(true) - $t < 2.0);
var_dump(memory_get_peak_usage() < 16 << 20);
$hwm = vm_hwm();
var_dump($hwm < 200 << 20 ?: $hwm);

echo "-- 20 MiB under 16M, then 64M\n";
ini_set('memory_limit', '16M');
var_dump($m->get($p . 'mid'));
ini_set('memory_limit', '64M');
var_dump(strlen($m->get($p . 'mid')));

foreach (['small', 'bomb', 'mid'] as $s) $m->delete($p . $s);
?>
--EXPECTF--
int(305767)
string(32) "f1684e500a19ffe3a9a6f16eee6c2968"
string(6) "STORED"
string(6) "STORED"
string(6) "STORED"
-- 1 MiB
int(1048576)
bool(true)
int(2)
-- 300 MiB, single and multi-get

Notice: MemcachePool::get(): Failed to uncompress data in %s on line %d
bool(false)

Notice: MemcachePool::get(): Failed to uncompress data in %s on line %d
array(1) {
  ["values_decompression_bomb_small"]=>
  int(1048576)
}
bool(true)
bool(true)
bool(true)
-- 20 MiB under 16M, then 64M

Notice: MemcachePool::get(): Failed to uncompress data in %s on line %d
bool(false)
int(20971520)
