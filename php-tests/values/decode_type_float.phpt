--TEST--
reading flags 0x700 (float): C sscanf %lg semantics (NAN, INF, exponents, hex, junk)
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
$k = 'values_decode_type_float';
foreach (['1.5', '2.5e3', 'NAN', 'nan', 'INF', 'inf', '-INF', '-Infinity', 'abc', '', '1.5xyz', '0x10', '1e400', '-1e-400', ' 3', '7'] as $payload) {
    raw_set($k, 0x700, $payload);
    echo json_encode($payload), ' => ';
    var_dump($m->get($k));
}
$m->delete($k);
?>
--EXPECT--
"1.5" => float(1.5)
"2.5e3" => float(2500)
"NAN" => float(NAN)
"nan" => float(NAN)
"INF" => float(INF)
"inf" => float(INF)
"-INF" => float(-INF)
"-Infinity" => float(-INF)
"abc" => float(0)
"" => float(0)
"1.5xyz" => float(1.5)
"0x10" => float(16)
"1e400" => float(INF)
"-1e-400" => float(-0)
" 3" => float(3)
"7" => float(7)
