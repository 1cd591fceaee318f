--TEST--
reading flags 0x100 (bool): true only for the exact payload "1"
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
$k = 'values_decode_type_bool';
foreach (['1', '0', 'x', '11', '', 'true', ' 1', '2'] as $payload) {
    raw_set($k, 0x100, $payload);
    echo json_encode($payload), ' => ';
    var_dump($m->get($k, $flags));
}
var_dump($flags);
$m->delete($k);
?>
--EXPECT--
"1" => bool(true)
"0" => bool(false)
"x" => bool(false)
"11" => bool(false)
"" => bool(false)
"true" => bool(false)
" 1" => bool(false)
"2" => bool(false)
int(256)
