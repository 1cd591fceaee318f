--TEST--
reading: unknown type nibbles are strings, unknown low bits are ignored, flags are returned as stored
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
$k = 'values_decode_type_other';
$cases = [
    [0x000, 'str'], [0x200, 'str'], [0x400, '5'], [0x500, '5'], [0x600, '6'], [0x800, 'str'], [0xF00, 'str'],
    [0x004, 'str'], [0x0F0, 'x'], [0x1000, 'y'], [0x8000, 'z'], [0x304, '42'], [0x308, '42'], [0x104, '1'], [0x70C, '2.5'],
    [0x10300, '42'], [0x80000000, 'hi'], [0xFFFF0000, 'hi'],
    [0x301, 'i:5;'], [0x701, 'd:1.5;'], [0x101, 's:1:"1";'], [0x302, gzcompress('77')], [0x102, gzcompress('1')], [0x702, gzcompress('0.5')],
];
foreach ($cases as [$fl, $payload]) {
    raw_set($k, $fl, $payload);
    $flags = null;
    printf('0x%x ', $fl);
    var_dump($m->get($k, $flags));
    if ($flags !== $fl) echo "flags differ: ", var_export($flags, true), "\n";
}
$m->delete($k);
?>
--EXPECT--
0x0 string(3) "str"
0x200 string(3) "str"
0x400 string(1) "5"
0x500 string(1) "5"
0x600 string(1) "6"
0x800 string(3) "str"
0xf00 string(3) "str"
0x4 string(3) "str"
0xf0 string(1) "x"
0x1000 string(1) "y"
0x8000 string(1) "z"
0x304 int(42)
0x308 int(42)
0x104 bool(true)
0x70c float(2.5)
0x10300 int(42)
0x80000000 string(2) "hi"
0xffff0000 string(2) "hi"
0x301 int(5)
0x701 float(1.5)
0x101 string(1) "1"
0x302 int(77)
0x102 bool(true)
0x702 float(0.5)
