--TEST--
binary cas() with an array of items uses the same CAS token for every item; set()/replace() with a 5th (cas) argument are CAS-checked in binary
--DESCRIPTION--
Binary twin of cas_multi.phpt. Spec §7.4: set/add/replace put the cas argument in the request header, so in
binary mode a non-zero 5th argument makes set() and replace() CAS-checked (a stale token gives false
silently), unlike ASCII. add() with a token on a missing key gets "Not found", which a store treats as a
server failure (QUIRK): notice, false, and the pool's server is marked failed.
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=binary
--FILE--
<?php
// E_DEPRECATED is masked (--INI--) only because the 8.0 oracle emits "Creation of dynamic property
// Memcache::$connection is deprecated" on PHP 8.2; 8.2 (spec §1) must not emit it at all.
require __DIR__ . '/../config.inc';
$m = test_memcache();
$p = 'store_cas_multi_binary_';
foreach (['a', 'b', 'c'] as $s) $m->delete($p . $s);
$m->set($p . 'a', 'A');
$m->set($p . 'b', 'B');
$m->get([$p . 'a', $p . 'b'], $flags, $cas);
var_dump(count($cas), $cas[$p . 'a'] !== $cas[$p . 'b']);
// the token of a is right for a only: a is swapped, b fails (exists) -> false overall
var_dump($m->cas([$p . 'a' => 'A2', $p . 'b' => 'B2'], null, 0, 0, $cas[$p . 'a']));
var_dump($m->get([$p . 'a', $p . 'b']));
// binary "set" sends the cas argument: the now stale token of a fails silently, the current one works
var_dump($m->set($p . 'a', 'A3', 0, 0, $cas[$p . 'a']));
var_dump($m->get($p . 'a', $f, $cur));
var_dump($m->set($p . 'a', 'A4', 0, 0, $cur));
var_dump($m->get($p . 'a'));
// replace as well
var_dump($m->replace($p . 'b', 'B3', 0, 0, 12345), $m->get($p . 'b'));
$m->get($p . 'b', $f, $cur);
var_dump($m->replace($p . 'b', 'B4', 0, 0, $cur), $m->get($p . 'b'));
// add with a token on a missing key: "Not found", a server failure
var_dump($m->add($p . 'c', 'C', 0, 0, 12345));
var_dump($m->getServerStatus($host, $port));
$m2 = test_memcache();
var_dump($m2->get($p . 'c'));
foreach (['a', 'b', 'c'] as $s) $m2->delete($p . $s);
?>
--EXPECTF--
int(2)
bool(true)
bool(false)
array(2) {
  ["store_cas_multi_binary_a"]=>
  string(2) "A2"
  ["store_cas_multi_binary_b"]=>
  string(1) "B"
}
bool(false)
string(2) "A2"
bool(true)
string(2) "A4"
bool(false)
string(1) "B"
bool(true)
string(2) "B4"

Notice: MemcachePool::add(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Not found (0) in %s on line %d
bool(false)
int(0)
bool(false)
