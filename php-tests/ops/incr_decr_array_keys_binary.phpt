--TEST--
binary increment()/decrement() with an array of keys: caller's key => int on success, normalised key . "\0" => false on failure (§4.8 QUIRK)
--DESCRIPTION--
Binary twin of incr_decr_array_keys.phpt. Spec §4.8: a success is named by the key as the caller passed it
(ASCII: the normalised key), a failure by the normalised key with a trailing NUL, as in ASCII. Without a
defval a missing key fails; with a defval (third argument) the server creates it with that value.
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=binary
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = test_memcache();
$p = 'ops_incr_decr_array_keys_binary_';
foreach (['a', 'b', 'c d', 'zz', 'z z', 'n'] as $s) $m->delete($p . $s);
var_dump($m->set($p . 'a', 1), $m->set($p . 'b', 100), $m->set($p . 'c d', 5));
function show($r) {
    if (!is_array($r)) { var_dump($r); return; }
    echo "array(", count($r), ")\n";
    foreach ($r as $k => $v) {
        echo "  ", json_encode(str_replace('ops_incr_decr_array_keys_binary_', 'P_', $k)), " => ", var_export($v, true), "\n";
    }
}
show($m->increment([$p . 'a', $p . 'zz', $p . 'c d'], 2));
show($m->decrement([$p . 'b', $p . 'zz', $p . 'z z'], 10));
show($m->increment([$p . 'a', $p . 'b'], -1));   // negative value: both decremented
show(memcache_decrement($m, [$p . 'a']));
show($m->increment([]));
show($m->decrement([]));
// an invalid (empty) key is skipped with a warning, the others proceed
show($m->increment(['', $p . 'a']));
// all keys invalid: still an array, an empty one
show($m->increment(['']));
// with a defval the missing keys are created
show($m->increment([$p . 'a', $p . 'n', $p . 'z z'], 1, 40));
var_dump($m->get($p . 'a'), $m->get($p . 'b'), $m->get($p . 'c d'), $m->get($p . 'n'), $m->get($p . 'z_z'));
foreach (['a', 'b', 'c d', 'zz', 'z z', 'n'] as $s) $m->delete($p . $s);
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
array(3)
  "P_a" => 3
  "P_zz\u0000" => false
  "P_c d" => 7
array(3)
  "P_b" => 90
  "P_zz\u0000" => false
  "P_z_z\u0000" => false
array(2)
  "P_a" => 2
  "P_b" => 89
array(1)
  "P_a" => 1
array(0)
array(0)

Warning: MemcachePool::increment(): Invalid key in %s on line %d
array(1)
  "P_a" => 2

Warning: MemcachePool::increment(): Invalid key in %s on line %d
array(0)
array(3)
  "P_a" => 3
  "P_n" => 40
  "P_z z" => 40
int(3)
int(89)
int(7)
string(2) "40"
string(2) "40"
