--TEST--
floats are formatted with 14 significant digits regardless of the precision/serialize_precision INI; serialized floats (in arrays) follow serialize_precision
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
$p = 'values_float_precision_';
foreach ([17, 14, 5] as $prec) {
    ini_set('precision', $prec);
    ini_set('serialize_precision', -1);
    $m->set($p . 'pi', M_PI);
    $m->set($p . 'sum', 0.1 + 0.2);
    $m->set($p . 'big', 123456789012345678.0);
    $m->set($p . 'arr', [M_PI]);
    echo "precision=$prec\n";
    foreach (['pi', 'sum', 'big', 'arr'] as $n) echo raw_show($p . $n), "\n";
}
ini_set('precision', 14);
// the value read back is the 14-digit one, so a float may not round-trip exactly
var_dump($m->get($p . 'pi') === M_PI, $m->get($p . 'pi') === 3.1415926535898);
var_dump($m->get($p . 'sum') === 0.3);
var_dump($m->get($p . 'arr')[0] === M_PI);
ini_set('serialize_precision', 5);
$m->set($p . 'arr', [M_PI]);
echo raw_show($p . 'arr'), "\n";
foreach (['pi', 'sum', 'big', 'arr'] as $n) $m->delete($p . $n);
?>
--EXPECT--
precision=17
flags=1792 len=15 data=3.1415926535898
flags=1792 len=3 data=0.3
flags=1792 len=19 data=1.2345678901235e+17
flags=1 len=30 data=a:1:{i:0;d:3.141592653589793;}
precision=14
flags=1792 len=15 data=3.1415926535898
flags=1792 len=3 data=0.3
flags=1792 len=19 data=1.2345678901235e+17
flags=1 len=30 data=a:1:{i:0;d:3.141592653589793;}
precision=5
flags=1792 len=15 data=3.1415926535898
flags=1792 len=3 data=0.3
flags=1792 len=19 data=1.2345678901235e+17
flags=1 len=30 data=a:1:{i:0;d:3.141592653589793;}
bool(false)
bool(true)
bool(true)
bool(true)
flags=1 len=19 data=a:1:{i:0;d:3.1416;}
