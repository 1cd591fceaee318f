--TEST--
an exception while serializing: warning "Failed to serialize value" first, nothing stored, then the exception propagates
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
// E_DEPRECATED is masked (--INI--) only because the 8.0 oracle emits "Creation of dynamic property
// Memcache::$connection is deprecated" on PHP 8.2; 8.2 (spec §1) must not emit it at all.
require __DIR__ . '/../config.inc';
class ValuesSleepException { function __sleep() { throw new RuntimeException('no sleep for you'); } }
$m = test_memcache();
$p = 'values_sleep_exception_';
$m->set($p . 'k', 'before');
try { var_dump($m->set($p . 'k', new ValuesSleepException)); echo "not reached\n"; }
catch (RuntimeException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
var_dump($m->get($p . 'k'));
$m->delete($p . 'new');
try { var_dump($m->add($p . 'new', new ValuesSleepException)); echo "not reached\n"; }
catch (RuntimeException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
var_dump($m->get($p . 'new'));
// same for __serialize()
class ValuesSerializeException { function __serialize(): array { throw new LogicException('no __serialize'); } }
try { var_dump($m->replace($p . 'k', new ValuesSerializeException)); echo "not reached\n"; }
catch (LogicException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
var_dump($m->get($p . 'k'));
// the engine's own serialization error (Closure) takes the same path
try { var_dump($m->set($p . 'k', function () {})); echo "not reached\n"; }
catch (Exception $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
var_dump($m->get($p . 'k'));
// multi-set: the failing item is skipped, the other items are still stored, then the exception is thrown
$m->delete($p . 'a'); $m->delete($p . 'c');
try { var_dump($m->set([$p . 'a' => 'A', $p . 'b' => new ValuesSleepException, $p . 'c' => 'C'], null)); echo "not reached\n"; }
catch (RuntimeException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
var_dump($m->get([$p . 'a', $p . 'b', $p . 'c']));
// the pool still works afterwards
var_dump($m->set($p . 'k', 'after'), $m->get($p . 'k'));
foreach (['k', 'a', 'c'] as $s) $m->delete($p . $s);
?>
--EXPECTF--
Warning: MemcachePool::set(): Failed to serialize value in %s on line %d
RuntimeException: no sleep for you
string(6) "before"

Warning: MemcachePool::add(): Failed to serialize value in %s on line %d
RuntimeException: no sleep for you
bool(false)

Warning: MemcachePool::replace(): Failed to serialize value in %s on line %d
LogicException: no __serialize
string(6) "before"

Warning: MemcachePool::set(): Failed to serialize value in %s on line %d
Exception: Serialization of 'Closure' is not allowed
string(6) "before"

Warning: MemcachePool::set(): Failed to serialize value in %s on line %d
RuntimeException: no sleep for you
array(2) {
  ["values_sleep_exception_a"]=>
  string(1) "A"
  ["values_sleep_exception_c"]=>
  string(1) "C"
}
bool(true)
string(5) "after"
