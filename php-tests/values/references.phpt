--TEST--
references inside arrays and shared/self-referencing objects survive the round trip
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
$k = 'values_references';
$x = [1];
$arr = ['p' => &$x, 'q' => &$x, 'r' => $x];
var_dump($m->set($k, $arr));
echo raw_show($k), "\n";
$got = $m->get($k);
$got['p'][] = 2;   // p and q are still one reference, r is a copy
var_dump($got);
$o = new stdClass; $o->self = $o; $o->n = 1;
var_dump($m->set($k, [$o, $o]));
echo raw_show($k), "\n";
$got = $m->get($k);
var_dump($got[0] === $got[1], $got[0]->self === $got[0]);
$m->delete($k);
?>
--EXPECT--
bool(true)
flags=1 len=62 data=a:3:{s:1:"p";a:1:{i:0;i:1;}s:1:"q";R:2;s:1:"r";a:1:{i:0;i:1;}}
array(3) {
  ["p"]=>
  &array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  ["q"]=>
  &array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  ["r"]=>
  array(1) {
    [0]=>
    int(1)
  }
}
bool(true)
flags=1 len=64 data=a:2:{i:0;O:8:"stdClass":2:{s:4:"self";r:2;s:1:"n";i:1;}i:1;r:2;}
bool(true)
bool(true)
