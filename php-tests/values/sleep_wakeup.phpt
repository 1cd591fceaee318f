--TEST--
__sleep() decides what is stored, __wakeup() runs on get()
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
class ValuesSleepWakeup {
    public $keep = 'kept'; public $drop = 'dropped'; public $woke = false;
    function __sleep() { echo "__sleep\n"; return ['keep']; }
    function __wakeup() { echo "__wakeup\n"; $this->woke = true; }
}
$m = test_memcache();
$k = 'values_sleep_wakeup';
var_dump($m->set($k, new ValuesSleepWakeup));
echo raw_show($k), "\n";
var_dump($m->get($k));
var_dump($m->get([$k]));
$m->delete($k);
?>
--EXPECT--
__sleep
bool(true)
flags=1 len=51 data=O:17:"ValuesSleepWakeup":1:{s:4:"keep";s:4:"kept";}
__wakeup
object(ValuesSleepWakeup)#2 (3) {
  ["keep"]=>
  string(4) "kept"
  ["drop"]=>
  string(7) "dropped"
  ["woke"]=>
  bool(true)
}
__wakeup
array(1) {
  ["values_sleep_wakeup"]=>
  object(ValuesSleepWakeup)#2 (3) {
    ["keep"]=>
    string(4) "kept"
    ["drop"]=>
    string(7) "dropped"
    ["woke"]=>
    bool(true)
  }
}
