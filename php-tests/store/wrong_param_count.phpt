--TEST--
store methods with a scalar key and no value throw ArgumentCountError "Wrong parameter count for ..."
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
// E_DEPRECATED is masked (--INI--) only because the 8.0 oracle emits "Creation of dynamic property
// Memcache::$connection is deprecated" on PHP 8.2; 8.2 (spec §1) must not emit it at all.
require __DIR__ . '/../config.inc';
$m = test_memcache();
foreach (["set", "add", "replace", "cas", "append", "prepend"] as $op) {
    try { $m->$op("store_wrong_param_count"); echo "$op: no exception\n"; }
    catch (ArgumentCountError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
foreach (["memcache_set", "memcache_add", "memcache_replace", "memcache_cas", "memcache_append", "memcache_prepend"] as $fn) {
    try { $fn($m, "store_wrong_param_count"); echo "$fn: no exception\n"; }
    catch (ArgumentCountError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump($m->get("store_wrong_param_count"));
?>
--EXPECT--
ArgumentCountError: Wrong parameter count for MemcachePool::set()
ArgumentCountError: Wrong parameter count for MemcachePool::add()
ArgumentCountError: Wrong parameter count for MemcachePool::replace()
ArgumentCountError: Wrong parameter count for MemcachePool::cas()
ArgumentCountError: Wrong parameter count for MemcachePool::append()
ArgumentCountError: Wrong parameter count for MemcachePool::prepend()
ArgumentCountError: Wrong parameter count for memcache_set()
ArgumentCountError: Wrong parameter count for memcache_add()
ArgumentCountError: Wrong parameter count for memcache_replace()
ArgumentCountError: Wrong parameter count for memcache_cas()
ArgumentCountError: Wrong parameter count for memcache_append()
ArgumentCountError: Wrong parameter count for memcache_prepend()
bool(false)
