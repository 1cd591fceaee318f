--TEST--
null is stored serialized ("N;", flags 1)
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
$k = 'values_null';
var_dump($m->set($k, null));
echo raw_show($k), "\n";
var_dump($m->get([$k], $flags), $flags);
$m->delete($k);
?>
--EXPECT--
bool(true)
flags=1 len=2 data=N;
array(1) {
  ["values_null"]=>
  NULL
}
array(1) {
  ["values_null"]=>
  int(1)
}
