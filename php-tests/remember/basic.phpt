--TEST--
remember(): a fresh hit does not call $compute; $compute($key) gets the key as given; the value is encoded like set() ($flags, serialization, compression); procedural twin; argument errors (issue 14; suite's protocol)
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = test_memcache();
$p = 'remember_basic_' . getmypid() . '_';
foreach (['a', 'b', 'c', 'd', 'e', 'f'] as $k) $m->delete($p . $k);
$calls = [];
$f = function ($k) use (&$calls) { $calls[] = $k; return ['k' => $k, 'n' => 1.5]; };
var_dump($m->remember($p . 'a', $f, 60));
var_dump($m->remember($p . 'a', $f, 60));
echo "calls: ", count($calls), "\n";
var_dump($m->get($p . 'a', $flags), $flags);
// null and false are values too.
var_dump($m->remember($p . 'b', fn() => null));
var_dump($m->remember($p . 'b', fn() => 'not called'));
// $flags: user flags and compression, as set() does them.
$big = str_repeat('abc', 10000);
var_dump($m->remember($p . 'c', fn() => $big, 0, 0, MEMCACHE_COMPRESSED | MEMCACHE_USER1) === $big);
var_dump($m->get($p . 'c', $flags) === $big, $flags);
// A key that needs normalising: $compute gets it as given.
var_dump($m->remember($p . 'd d', fn($k) => $k));
var_dump($m->get($p . 'd_d'));
// Procedural.
var_dump(memcache_remember($m, $p . 'e', 'strrev', 60));
var_dump(memcache_remember($m, $p . 'e', 'strtoupper', 60));
// Errors.
var_dump($m->remember('', fn() => 1));
try { $m->remember($p . 'x', 'no_such_function'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { memcache_remember($m, $p . 'x', 42); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $m->remember($p . 'x'); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
// A result that cannot be encoded: set()'s warning, the serializer's exception reaches the caller, and the
// lease is given back.
try { $m->remember($p . 'f', fn() => function () {}); } catch (Exception $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
$t = microtime(true);
var_dump($m->remember($p . 'f', fn() => 'f'));
echo "computed at once: ", var_export(microtime(true) - $t < 5, true), "\n";
// $compute may use the same object, even close it: the value is returned, nothing is stored (what a get of
// the key sees meanwhile depends on the protocol: see meta/remember_placeholder.phpt).
var_dump($m->remember($p . 'g', function ($k) use ($m) { return [$m->increment($k . '_n'), $m->close()]; }));
$m = test_memcache();
foreach (['a', 'b', 'c', 'd_d', 'e', 'f', 'g', 'g.lease'] as $k) $m->delete($p . $k);
?>
--EXPECTF--
array(2) {
  ["k"]=>
  string(%d) "remember_basic_%d_a"
  ["n"]=>
  float(1.5)
}
array(2) {
  ["k"]=>
  string(%d) "remember_basic_%d_a"
  ["n"]=>
  float(1.5)
}
calls: 1
array(2) {
  ["k"]=>
  string(%d) "remember_basic_%d_a"
  ["n"]=>
  float(1.5)
}
int(1)
NULL
NULL
bool(true)
bool(true)
int(65538)
string(%d) "remember_basic_%d_d d"
string(%d) "remember_basic_%d_d d"
string(%d) "e_%d_cisab_rebmemer"
string(%d) "e_%d_cisab_rebmemer"

Warning: MemcachePool::remember(): Invalid key in %s on line %d
bool(false)
MemcachePool::remember(): Argument #2 ($compute) must be a valid callback
memcache_remember(): Argument #3 ($compute) must be a valid callback
MemcachePool::remember() expects at least 2 arguments, 1 given

Warning: MemcachePool::remember(): Failed to serialize value in %s on line %d
Exception: Serialization of 'Closure' is not allowed
string(1) "f"
computed at once: true
array(2) {
  [0]=>
  bool(false)
  [1]=>
  bool(true)
}
