--TEST--
setCompressThreshold(threshold, min_savings): compressed output must fit in floor(len * (1 - min_savings)) bytes, otherwise raw
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
$k = 'values_compress_min_savings';
$v = str_repeat('a', 1000);   // compresses to 17 bytes
echo strlen(gzcompress($v)), "\n";
foreach ([0.99, 0.984, 0.983, 0.98, 0.5, 0.0, 1.0] as $ms) {
    var_dump($m->setCompressThreshold(100, $ms));
    $m->set($k, $v);
    $it = raw_item($k);
    echo "min_savings=$ms: flags=", $it[0], ' len=', strlen($it[1]), "\n";
    if ($m->get($k) !== $v) echo "round trip broken\n";
}
// min_savings 0 still refuses output larger than the input
mt_srand(11);
$rnd = '';
for ($i = 0; $i < 2000; $i++) $rnd .= chr(mt_rand(0, 255));
$m->setCompressThreshold(100, 0);
$m->set($k, $rnd);
$it = raw_item($k);
echo 'random, min_savings=0: flags=', $it[0], ' raw-identical=', var_export($it[1] === $rnd, true), "\n";
$m->delete($k);
?>
--EXPECT--
17
bool(true)
min_savings=0.99: flags=0 len=1000
bool(true)
min_savings=0.984: flags=0 len=1000
bool(true)
min_savings=0.983: flags=2 len=17
bool(true)
min_savings=0.98: flags=2 len=17
bool(true)
min_savings=0.5: flags=2 len=17
bool(true)
min_savings=0: flags=2 len=17
bool(true)
min_savings=1: flags=0 len=1000
random, min_savings=0: flags=0 raw-identical=true
