--TEST--
keys longer than 250 bytes are silently truncated to 250 bytes (set, get, multi-get result names per protocol)
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
$p = "store_get_long_key_";
$k250 = str_pad($p, 250, "k");
$k300 = $k250 . str_repeat("x", 50);
$k251 = $k250 . "y";
var_dump($m->set($k300, "long"));
var_dump(raw_item($k250));
var_dump($m->get($k250), $m->get($k251));
$r = $m->get([$k300, $k251]);
// multi-get result names (spec §4.6): ASCII uses the key the server echoes (the truncated one), binary the
// caller's original keys, one entry each
$want = $protocol === 'binary' ? [$k300, $k251] : [$k250];
var_dump(array_keys($r) === $want, $r[$want[0]]);
var_dump($m->set($k251, "other"), $m->get($k300));
// a key of exactly 250 bytes is used as is
var_dump($m->delete($k250), $m->get($k300));
?>
--EXPECT--
bool(true)
array(2) {
  [0]=>
  int(0)
  [1]=>
  string(4) "long"
}
string(4) "long"
string(4) "long"
bool(true)
string(4) "long"
bool(true)
string(5) "other"
bool(true)
bool(false)
