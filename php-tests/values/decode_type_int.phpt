--TEST--
reading flags 0x300 (int): C strtol semantics ("abc" -> 0, leading spaces/sign, trailing junk ignored, saturation)
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
$k = 'values_decode_type_int';
foreach (['42', 'abc', '12abc', ' -7', "\t+8", '', '0x1A', '010', '99999999999999999999', '-99999999999999999999', '3.9', '-0'] as $payload) {
    raw_set($k, 0x300, $payload);
    echo json_encode($payload), ' => ';
    var_dump($m->get($k));
}
$m->delete($k);
?>
--EXPECT--
"42" => int(42)
"abc" => int(0)
"12abc" => int(12)
" -7" => int(-7)
"\t+8" => int(8)
"" => int(0)
"0x1A" => int(0)
"010" => int(10)
"99999999999999999999" => int(9223372036854775807)
"-99999999999999999999" => int(-9223372036854775808)
"3.9" => int(3)
"-0" => int(0)
