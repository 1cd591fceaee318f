--TEST--
__serialize()/__unserialize() are used for storing and reading objects
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
class ValuesSerUnser {
    public function __construct(public $data = null) {}
    public function __serialize(): array { echo "__serialize\n"; return ['d' => $this->data, 'extra' => 1]; }
    public function __unserialize(array $a): void { echo "__unserialize\n"; $this->data = [$a['d'], $a['extra']]; }
}
$m = test_memcache();
$k = 'values_serialize_unserialize';
var_dump($m->set($k, new ValuesSerUnser('payload')));
echo raw_show($k), "\n";
var_dump($m->get($k));
// nested inside an array
var_dump($m->set($k, ['o' => new ValuesSerUnser(5)]));
echo raw_show($k), "\n";
var_dump($m->get($k));
$m->delete($k);
?>
--EXPECT--
__serialize
bool(true)
flags=1 len=64 data=O:14:"ValuesSerUnser":2:{s:1:"d";s:7:"payload";s:5:"extra";i:1;}
__unserialize
object(ValuesSerUnser)#2 (1) {
  ["data"]=>
  array(2) {
    [0]=>
    string(7) "payload"
    [1]=>
    int(1)
  }
}
__serialize
bool(true)
flags=1 len=68 data=a:1:{s:1:"o";O:14:"ValuesSerUnser":2:{s:1:"d";i:5;s:5:"extra";i:1;}}
__unserialize
array(1) {
  ["o"]=>
  object(ValuesSerUnser)#2 (1) {
    ["data"]=>
    array(2) {
      [0]=>
      int(5)
      [1]=>
      int(1)
    }
  }
}
