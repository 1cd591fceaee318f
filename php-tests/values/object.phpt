--TEST--
objects (stdClass, user classes with public/protected/private properties) are stored serialized with flags 1 and round-trip
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
class ValuesObjectP { public $a = 1; protected $b = [2]; private $c = 'three'; public ?ValuesObjectP $next = null; }
$m = test_memcache();
$p = 'values_object_';
$std = new stdClass; $std->x = 1; $std->{'a b'} = 'spaced';
$o = new ValuesObjectP; $o->next = new ValuesObjectP;
foreach (['std' => $std, 'user' => $o] as $name => $v) {
    var_dump($m->set($p . $name, $v));
    $it = raw_item($p . $name);
    echo $name, ': flags=', $it[0], ' serialize-identical=', var_export($it[1] === serialize($v), true), "\n";
    $got = $m->get($p . $name);
    var_dump($got == $v, $got !== $v);
}
echo raw_show($p . 'user'), "\n";
var_dump($m->get($p . 'user'));
$m->delete($p . 'std'); $m->delete($p . 'user');
?>
--EXPECT--
bool(true)
std: flags=1 serialize-identical=true
bool(true)
bool(true)
bool(true)
user: flags=1 serialize-identical=true
bool(true)
bool(true)
flags=1 len=220 data=O:13:"ValuesObjectP":4:{s:1:"a";i:1;s:4:"\x00*\x00b";a:1:{i:0;i:2;}s:16:"\x00ValuesObjectP\x00c";s:5:"three";s:4:"next";O:13:"ValuesObjectP":4:{s:1:"a";i:1;s:4:"\x00*\x00b";a:1:{i:0;i:2;}s:16:"\x00ValuesObjectP\x00c";s:5:"three";s:4:"next";N;}}
object(ValuesObjectP)#5 (4) {
  ["a"]=>
  int(1)
  ["b":protected]=>
  array(1) {
    [0]=>
    int(2)
  }
  ["c":"ValuesObjectP":private]=>
  string(5) "three"
  ["next"]=>
  object(ValuesObjectP)#8 (4) {
    ["a"]=>
    int(1)
    ["b":protected]=>
    array(1) {
      [0]=>
      int(2)
    }
    ["c":"ValuesObjectP":private]=>
    string(5) "three"
    ["next"]=>
    NULL
  }
}
