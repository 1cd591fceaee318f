--TEST--
auto-compression: payloads of >= 20000 bytes (default threshold) are zlib-compressed with flag 2, shorter ones are stored raw
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
// E_DEPRECATED is masked (--INI--) only because the 8.0 oracle emits "Creation of dynamic property
// Memcache::$connection is deprecated" on PHP 8.2; 8.2 (spec §1) must not emit it at all.
require __DIR__ . '/../config.inc';
require __DIR__ . '/raw.inc';
$m = test_memcache();
$p = 'values_compress_threshold_';
$a19999 = str_repeat('a', 19999);
$a20000 = str_repeat('a', 20000);
var_dump($m->set($p . 'below', $a19999), $m->set($p . 'at', $a20000));
$it = raw_item($p . 'below');
echo 'below: flags=', $it[0], ' len=', strlen($it[1]), ' raw-identical=', var_export($it[1] === $a19999, true), "\n";
$it = raw_item($p . 'at');
echo 'at: flags=', $it[0], ' len=', strlen($it[1]), ' zlib-header=', bin2hex(substr($it[1], 0, 2)), ' inflates-to-value=', var_export(gzuncompress($it[1]) === $a20000, true), "\n";
var_dump($m->get($p . 'at', $flags) === $a20000, $flags);
var_dump($m->get([$p . 'below', $p . 'at'], $flags) === [$p . 'below' => $a19999, $p . 'at' => $a20000], $flags);
// serialized data is compressed on its serialized length: flags 1|2 = 3
$arr = array_fill(0, 3000, 'abcdefg');
var_dump($m->set($p . 'arr', $arr));
$it = raw_item($p . 'arr');
echo 'arr: flags=', $it[0], ' inflates-to-serialized=', var_export(gzuncompress($it[1]) === serialize($arr), true), "\n";
var_dump($m->get($p . 'arr', $flags) === $arr, $flags);
// user bits survive next to the compression bit
var_dump($m->set($p . 'at', $a20000, MEMCACHE_USER3));
$it = raw_item($p . 'at');
echo 'at+user3: flags=', $it[0], "\n";
var_dump($m->get($p . 'at', $flags) === $a20000, $flags);
// ints/floats/bools are never compressed, even when asked for
var_dump($m->set($p . 'int', 123456, MEMCACHE_COMPRESSED));
echo raw_show($p . 'int'), "\n";
// incompressible data is stored raw (the compressed form would not save 20 %)
mt_srand(7);
$rnd = '';
for ($i = 0; $i < 30000; $i++) $rnd .= chr(mt_rand(0, 255));
var_dump($m->set($p . 'rnd', $rnd));
$it = raw_item($p . 'rnd');
echo 'rnd: flags=', $it[0], ' raw-identical=', var_export($it[1] === $rnd, true), "\n";
foreach (['below', 'at', 'arr', 'int', 'rnd'] as $s) $m->delete($p . $s);
?>
--EXPECT--
bool(true)
bool(true)
below: flags=0 len=19999 raw-identical=true
at: flags=2 len=43 zlib-header=789c inflates-to-value=true
bool(true)
int(2)
bool(true)
array(2) {
  ["values_compress_threshold_below"]=>
  int(0)
  ["values_compress_threshold_at"]=>
  int(2)
}
bool(true)
arr: flags=3 inflates-to-serialized=true
bool(true)
int(3)
bool(true)
at+user3: flags=262146
bool(true)
int(262146)
bool(true)
flags=768 len=6 data=123456
bool(true)
rnd: flags=0 raw-identical=true
