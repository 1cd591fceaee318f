--TEST--
QUIRK (oracle, not in the spec): an exception in a nested __sleep/__serialize leaves a partial payload that is stored, without the "Failed to serialize value" warning
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
// E_DEPRECATED is masked (--INI--) only because the 8.0 oracle emits "Creation of dynamic property
// Memcache::$connection is deprecated" on PHP 8.2; 8.2 (spec §1) must not emit it at all.
require __DIR__ . '/../config.inc';
// PHP 8.3 made unserialize()'s "Unexpected end of serialized data" a warning (a notice before); the C
// extension shows the same on the same PHP: one expectation per version (expect_version.inc).
require __DIR__ . '/../expect_version.inc';
expect_by_version([
    '8.2' => <<<'EXP'
    RuntimeException: nested sleep
    flags=1 len=19 data=a:1:{s:6:"nested";}

    Notice: MemcachePool::get(): Unexpected end of serialized data in %s on line %d

    Notice: MemcachePool::get(): Failed to unserialize data in %s on line %d
    bool(false)
    RuntimeException: nested serialize
    flags=1 len=18 data=a:2:{i:0;i:1;i:1;}
    EXP,
    '8.3' => <<<'EXP'
    RuntimeException: nested sleep
    flags=1 len=19 data=a:1:{s:6:"nested";}

    Warning: MemcachePool::get(): Unexpected end of serialized data in %s on line %d

    Notice: MemcachePool::get(): Failed to unserialize data in %s on line %d
    bool(false)
    RuntimeException: nested serialize
    flags=1 len=18 data=a:2:{i:0;i:1;i:1;}
    EXP,
]);
// The reference only warns when the serializer produced no bytes at all. When the failing object is
// nested (here inside an array), PHP's serializer has already written the array header, closes the
// array, and the extension stores that truncated payload (flags 1) before the exception propagates.
// Reading it back then fails to unserialize. Spec §4.7 only describes the top-level case.
require __DIR__ . '/raw.inc';
class ValuesSleepExceptionNested { function __sleep() { throw new RuntimeException('nested sleep'); } }
class ValuesSerializeExceptionNested { function __serialize(): array { throw new RuntimeException('nested serialize'); } }
$m = test_memcache();
$k = 'values_sleep_exception_nested';
$m->set($k, 'before');
try { $m->set($k, ['nested' => new ValuesSleepExceptionNested]); echo "not reached\n"; }
catch (RuntimeException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
echo raw_show($k), "\n";
var_dump($m->get($k));
try { $m->set($k, [1, new ValuesSerializeExceptionNested]); echo "not reached\n"; }
catch (RuntimeException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
echo raw_show($k), "\n";
$m->delete($k);
?>
--EXPECT--
output: as expected for this PHP version
