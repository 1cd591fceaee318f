--TEST--
cas() with an array of items uses the same CAS token for every item; set() ignores a 5th (cas) argument in ASCII
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=ascii
--FILE--
<?php
// E_DEPRECATED is masked (--INI--) only because the 8.0 oracle emits "Creation of dynamic property
// Memcache::$connection is deprecated" on PHP 8.2; 8.2 (spec §1) must not emit it at all.
// memcache.protocol is pinned to ascii: the expected results are the ASCII ones (spec §7.3); the binary
// protocol differs here (spec §7.4), see cas_multi_binary.phpt.
require __DIR__ . '/../config.inc';
$m = test_memcache();
$p = 'store_cas_multi_';
$m->set($p . 'a', 'A');
$m->set($p . 'b', 'B');
$m->get([$p . 'a', $p . 'b'], $flags, $cas);
var_dump(count($cas), $cas[$p . 'a'] !== $cas[$p . 'b']);
// the token of a is right for a only: a is swapped, b fails (exists) -> false overall
var_dump($m->cas([$p . 'a' => 'A2', $p . 'b' => 'B2'], null, 0, 0, $cas[$p . 'a']));
var_dump($m->get([$p . 'a', $p . 'b']));
// ASCII "set" does not send the cas argument: a stale token is ignored
var_dump($m->set($p . 'a', 'A3', 0, 0, $cas[$p . 'a']));
var_dump($m->get($p . 'a'));
var_dump($m->add($p . 'c', 'C', 0, 0, 12345), $m->replace($p . 'c', 'C2', 0, 0, 12345), $m->get($p . 'c'));
foreach (['a', 'b', 'c'] as $s) $m->delete($p . $s);
?>
--EXPECT--
int(2)
bool(true)
bool(false)
array(2) {
  ["store_cas_multi_a"]=>
  string(2) "A2"
  ["store_cas_multi_b"]=>
  string(1) "B"
}
bool(true)
string(2) "A3"
bool(true)
bool(true)
string(2) "C2"
