--TEST--
ints are stored as decimal text with flags 0x300 (768) and read back as int, incl. PHP_INT_MIN/MAX
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
$p = 'values_int_';
foreach (['zero' => 0, 'one' => 1, 'neg' => -1, 'n' => 123456789, 'max' => PHP_INT_MAX, 'min' => PHP_INT_MIN] as $name => $v) {
    var_dump($m->set($p . $name, $v));
    echo raw_show($p . $name), "\n";
    var_dump($m->get($p . $name, $flags), $flags);
    $m->delete($p . $name);
}
?>
--EXPECT--
bool(true)
flags=768 len=1 data=0
int(0)
int(768)
bool(true)
flags=768 len=1 data=1
int(1)
int(768)
bool(true)
flags=768 len=2 data=-1
int(-1)
int(768)
bool(true)
flags=768 len=9 data=123456789
int(123456789)
int(768)
bool(true)
flags=768 len=19 data=9223372036854775807
int(9223372036854775807)
int(768)
bool(true)
flags=768 len=20 data=-9223372036854775808
int(-9223372036854775808)
int(768)
