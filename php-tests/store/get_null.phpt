--TEST--
a stored NULL: single-key get() returns false (QUIRK), multi-key get() returns NULL
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
// E_DEPRECATED is masked (--INI--) only because the 8.0 oracle emits "Creation of dynamic property
// Memcache::$connection is deprecated" on PHP 8.2; 8.2 (spec §1) must not emit it at all.
require __DIR__ . '/../config.inc';
require __DIR__ . "/raw.inc";
$m = test_memcache();
$k = "store_get_null";
var_dump($m->set($k, null));
var_dump(raw_item($k));
$flags = "untouched";
var_dump($m->get($k, $flags));
var_dump($flags);
var_dump($m->get([$k], $flags));
var_dump($flags);
$m->delete($k);
?>
--EXPECT--
bool(true)
array(2) {
  [0]=>
  int(1)
  [1]=>
  string(2) "N;"
}
bool(false)
int(1)
array(1) {
  ["store_get_null"]=>
  NULL
}
array(1) {
  ["store_get_null"]=>
  int(1)
}
