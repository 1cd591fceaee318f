--TEST--
bools are stored as "1"/"0" with flags 0x100 (256) and read back as bool
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
$p = 'values_bool_';
var_dump($m->set($p . 't', true), $m->set($p . 'f', false));
echo raw_show($p . 't'), "\n", raw_show($p . 'f'), "\n";
$flags = 'untouched';
var_dump($m->get($p . 't', $flags), $flags);
// a stored false is indistinguishable from a miss by the return value, but $flags is set on a hit
$flags = 'untouched';
var_dump($m->get($p . 'f', $flags), $flags);
var_dump($m->get([$p . 't', $p . 'f'], $flags), $flags);
$m->delete($p . 't'); $m->delete($p . 'f');
?>
--EXPECT--
bool(true)
bool(true)
flags=256 len=1 data=1
flags=256 len=1 data=0
bool(true)
int(256)
bool(false)
int(256)
array(2) {
  ["values_bool_t"]=>
  bool(true)
  ["values_bool_f"]=>
  bool(false)
}
array(2) {
  ["values_bool_t"]=>
  int(256)
  ["values_bool_f"]=>
  int(256)
}
