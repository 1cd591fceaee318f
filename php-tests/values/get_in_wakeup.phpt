--TEST--
a get() made from inside __wakeup() while a get() is unserializing works (single and multi-key outer get)
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
// E_DEPRECATED is masked (--INI--) only because the 8.0 oracle emits "Creation of dynamic property
// Memcache::$connection is deprecated" on PHP 8.2; 8.2 (spec §1) must not emit it at all.
require __DIR__ . '/../config.inc';
class ValuesGetInWakeup {
    public $got;
    function __wakeup() {
        global $m;
        $this->got = [$m->get('values_get_in_wakeup_inner'), $m->get(['values_get_in_wakeup_inner', 'values_get_in_wakeup_n'], $f), $f];
    }
}
$m = test_memcache();
$p = 'values_get_in_wakeup_';
$m->set($p . 'inner', 'inner value');
$m->set($p . 'n', 7);
var_dump($m->set($p . 'outer', new ValuesGetInWakeup));
var_dump($m->get($p . 'outer', $flags), $flags);
// multi-key outer get: all values are there (result order is not part of the contract here)
$r = $m->get([$p . 'n', $p . 'outer', $p . 'inner'], $flags);
ksort($r); ksort($flags);
var_dump($r, $flags);
foreach (['inner', 'n', 'outer'] as $s) $m->delete($p . $s);
?>
--EXPECT--
bool(true)
object(ValuesGetInWakeup)#2 (1) {
  ["got"]=>
  array(3) {
    [0]=>
    string(11) "inner value"
    [1]=>
    array(2) {
      ["values_get_in_wakeup_inner"]=>
      string(11) "inner value"
      ["values_get_in_wakeup_n"]=>
      int(7)
    }
    [2]=>
    array(2) {
      ["values_get_in_wakeup_inner"]=>
      int(0)
      ["values_get_in_wakeup_n"]=>
      int(768)
    }
  }
}
int(1)
array(3) {
  ["values_get_in_wakeup_inner"]=>
  string(11) "inner value"
  ["values_get_in_wakeup_n"]=>
  int(7)
  ["values_get_in_wakeup_outer"]=>
  object(ValuesGetInWakeup)#2 (1) {
    ["got"]=>
    array(3) {
      [0]=>
      string(11) "inner value"
      [1]=>
      array(2) {
        ["values_get_in_wakeup_inner"]=>
        string(11) "inner value"
        ["values_get_in_wakeup_n"]=>
        int(7)
      }
      [2]=>
      array(2) {
        ["values_get_in_wakeup_inner"]=>
        int(0)
        ["values_get_in_wakeup_n"]=>
        int(768)
      }
    }
  }
}
array(3) {
  ["values_get_in_wakeup_inner"]=>
  int(0)
  ["values_get_in_wakeup_n"]=>
  int(768)
  ["values_get_in_wakeup_outer"]=>
  int(1)
}
