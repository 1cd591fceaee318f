--TEST--
floats are stored as PHP-formatted text (precision 14) with flags 0x700 (1792): 1.0e+100, -0.1, NAN, INF ...
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
$p = 'values_float_';
$cases = ['a' => 1.5, 'b' => -0.1, 'c' => 1.0e+100, 'd' => 0.0, 'e' => -0.0, 'f' => 100.0, 'g' => 1e15,
          'h' => 1e14, 'i' => 1e-7, 'j' => 0.0001, 'k' => -1.5e-300, 'l' => 2.5e-5, 'nan' => NAN, 'inf' => INF, 'ninf' => -INF];
foreach ($cases as $name => $v) {
    var_dump($m->set($p . $name, $v));
    echo raw_show($p . $name), "\n";
    var_dump($m->get($p . $name, $flags), $flags);
    $m->delete($p . $name);
}
?>
--EXPECT--
bool(true)
flags=1792 len=3 data=1.5
float(1.5)
int(1792)
bool(true)
flags=1792 len=4 data=-0.1
float(-0.1)
int(1792)
bool(true)
flags=1792 len=8 data=1.0e+100
float(1.0E+100)
int(1792)
bool(true)
flags=1792 len=1 data=0
float(0)
int(1792)
bool(true)
flags=1792 len=2 data=-0
float(-0)
int(1792)
bool(true)
flags=1792 len=3 data=100
float(100)
int(1792)
bool(true)
flags=1792 len=7 data=1.0e+15
float(1000000000000000)
int(1792)
bool(true)
flags=1792 len=7 data=1.0e+14
float(100000000000000)
int(1792)
bool(true)
flags=1792 len=6 data=1.0e-7
float(1.0E-7)
int(1792)
bool(true)
flags=1792 len=6 data=0.0001
float(0.0001)
int(1792)
bool(true)
flags=1792 len=9 data=-1.5e-300
float(-1.5E-300)
int(1792)
bool(true)
flags=1792 len=6 data=2.5e-5
float(2.5E-5)
int(1792)
bool(true)
flags=1792 len=3 data=NAN
float(NAN)
int(1792)
bool(true)
flags=1792 len=3 data=INF
float(INF)
int(1792)
bool(true)
flags=1792 len=4 data=-INF
float(-INF)
int(1792)
