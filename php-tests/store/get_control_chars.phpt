--TEST--
keys: every byte <= 0x20 (NUL, tab, CR, LF, space, other controls) becomes "_", bytes >= 0x21 incl. 0x7f and high bytes are kept
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
$p = "store_get_control_chars_";
$ctl = "";
for ($i = 0; $i <= 0x20; $i++) $ctl .= chr($i);
var_dump($m->set($p . $ctl . "end", "controls"));
var_dump(raw_item($p . str_repeat("_", 33) . "end"));
var_dump($m->get($p . str_repeat("_", 33) . "end"));
$hi = $p . "\x7f\x80\xff\xc3\xa9!~";
var_dump($m->set($hi, "high"));
var_dump(raw_item($hi));
var_dump(array_keys($m->get([$hi])) === [$hi]);
$m->delete($p . str_repeat("_", 33) . "end");
$m->delete($hi);
?>
--EXPECT--
bool(true)
array(2) {
  [0]=>
  int(0)
  [1]=>
  string(8) "controls"
}
string(8) "controls"
bool(true)
array(2) {
  [0]=>
  int(0)
  [1]=>
  string(4) "high"
}
bool(true)
