--TEST--
Procedural functions reject a non-MemcachePool first argument with the standard zpp TypeError
--DESCRIPTION--
Spec §1.2: "memcache_close(): Argument #1 ($memcache) must be of type MemcachePool, stdClass given";
memcache_add_server requires Memcache (see procedural_add_server_requires_memcache.phpt).
--INI--
error_reporting=E_ALL
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
$fns = ['memcache_set_server_params' => ['h'], 'memcache_set_failure_callback' => [null],
    'memcache_get_server_status' => ['h'], 'memcache_get_version' => [], 'memcache_add' => ['k', 1],
    'memcache_set' => ['k', 1], 'memcache_replace' => ['k', 1], 'memcache_cas' => ['k', 1],
    'memcache_append' => ['k', 1], 'memcache_prepend' => ['k', 1], 'memcache_get' => ['k'],
    'memcache_delete' => ['k'], 'memcache_get_stats' => [], 'memcache_get_extended_stats' => [],
    'memcache_set_compress_threshold' => [1], 'memcache_increment' => ['k'], 'memcache_decrement' => ['k'],
    'memcache_close' => [], 'memcache_flush' => [], 'memcache_set_sasl_auth_data' => ['u', 'p']];
foreach ($fns as $f => $args) {
    t(fn() => $f(new stdClass, ...$args));
    t(fn() => $f('memcache', ...$args));
    t(fn() => $f(null, ...$args));
}
t(fn() => memcache_get(new ArrayObject, 'k'));
t(fn() => memcache_close(5));
t(fn() => memcache_close(fopen('php://memory', 'r')));
?>
--EXPECT--
TypeError: memcache_set_server_params(): Argument #1 ($memcache) must be of type MemcachePool, stdClass given
TypeError: memcache_set_server_params(): Argument #1 ($memcache) must be of type MemcachePool, string given
TypeError: memcache_set_server_params(): Argument #1 ($memcache) must be of type MemcachePool, null given
TypeError: memcache_set_failure_callback(): Argument #1 ($memcache) must be of type MemcachePool, stdClass given
TypeError: memcache_set_failure_callback(): Argument #1 ($memcache) must be of type MemcachePool, string given
TypeError: memcache_set_failure_callback(): Argument #1 ($memcache) must be of type MemcachePool, null given
TypeError: memcache_get_server_status(): Argument #1 ($memcache) must be of type MemcachePool, stdClass given
TypeError: memcache_get_server_status(): Argument #1 ($memcache) must be of type MemcachePool, string given
TypeError: memcache_get_server_status(): Argument #1 ($memcache) must be of type MemcachePool, null given
TypeError: memcache_get_version(): Argument #1 ($memcache) must be of type MemcachePool, stdClass given
TypeError: memcache_get_version(): Argument #1 ($memcache) must be of type MemcachePool, string given
TypeError: memcache_get_version(): Argument #1 ($memcache) must be of type MemcachePool, null given
TypeError: memcache_add(): Argument #1 ($memcache) must be of type MemcachePool, stdClass given
TypeError: memcache_add(): Argument #1 ($memcache) must be of type MemcachePool, string given
TypeError: memcache_add(): Argument #1 ($memcache) must be of type MemcachePool, null given
TypeError: memcache_set(): Argument #1 ($memcache) must be of type MemcachePool, stdClass given
TypeError: memcache_set(): Argument #1 ($memcache) must be of type MemcachePool, string given
TypeError: memcache_set(): Argument #1 ($memcache) must be of type MemcachePool, null given
TypeError: memcache_replace(): Argument #1 ($memcache) must be of type MemcachePool, stdClass given
TypeError: memcache_replace(): Argument #1 ($memcache) must be of type MemcachePool, string given
TypeError: memcache_replace(): Argument #1 ($memcache) must be of type MemcachePool, null given
TypeError: memcache_cas(): Argument #1 ($memcache) must be of type MemcachePool, stdClass given
TypeError: memcache_cas(): Argument #1 ($memcache) must be of type MemcachePool, string given
TypeError: memcache_cas(): Argument #1 ($memcache) must be of type MemcachePool, null given
TypeError: memcache_append(): Argument #1 ($memcache) must be of type MemcachePool, stdClass given
TypeError: memcache_append(): Argument #1 ($memcache) must be of type MemcachePool, string given
TypeError: memcache_append(): Argument #1 ($memcache) must be of type MemcachePool, null given
TypeError: memcache_prepend(): Argument #1 ($memcache) must be of type MemcachePool, stdClass given
TypeError: memcache_prepend(): Argument #1 ($memcache) must be of type MemcachePool, string given
TypeError: memcache_prepend(): Argument #1 ($memcache) must be of type MemcachePool, null given
TypeError: memcache_get(): Argument #1 ($memcache) must be of type MemcachePool, stdClass given
TypeError: memcache_get(): Argument #1 ($memcache) must be of type MemcachePool, string given
TypeError: memcache_get(): Argument #1 ($memcache) must be of type MemcachePool, null given
TypeError: memcache_delete(): Argument #1 ($memcache) must be of type MemcachePool, stdClass given
TypeError: memcache_delete(): Argument #1 ($memcache) must be of type MemcachePool, string given
TypeError: memcache_delete(): Argument #1 ($memcache) must be of type MemcachePool, null given
TypeError: memcache_get_stats(): Argument #1 ($memcache) must be of type MemcachePool, stdClass given
TypeError: memcache_get_stats(): Argument #1 ($memcache) must be of type MemcachePool, string given
TypeError: memcache_get_stats(): Argument #1 ($memcache) must be of type MemcachePool, null given
TypeError: memcache_get_extended_stats(): Argument #1 ($memcache) must be of type MemcachePool, stdClass given
TypeError: memcache_get_extended_stats(): Argument #1 ($memcache) must be of type MemcachePool, string given
TypeError: memcache_get_extended_stats(): Argument #1 ($memcache) must be of type MemcachePool, null given
TypeError: memcache_set_compress_threshold(): Argument #1 ($memcache) must be of type MemcachePool, stdClass given
TypeError: memcache_set_compress_threshold(): Argument #1 ($memcache) must be of type MemcachePool, string given
TypeError: memcache_set_compress_threshold(): Argument #1 ($memcache) must be of type MemcachePool, null given
TypeError: memcache_increment(): Argument #1 ($memcache) must be of type MemcachePool, stdClass given
TypeError: memcache_increment(): Argument #1 ($memcache) must be of type MemcachePool, string given
TypeError: memcache_increment(): Argument #1 ($memcache) must be of type MemcachePool, null given
TypeError: memcache_decrement(): Argument #1 ($memcache) must be of type MemcachePool, stdClass given
TypeError: memcache_decrement(): Argument #1 ($memcache) must be of type MemcachePool, string given
TypeError: memcache_decrement(): Argument #1 ($memcache) must be of type MemcachePool, null given
TypeError: memcache_close(): Argument #1 ($memcache) must be of type MemcachePool, stdClass given
TypeError: memcache_close(): Argument #1 ($memcache) must be of type MemcachePool, string given
TypeError: memcache_close(): Argument #1 ($memcache) must be of type MemcachePool, null given
TypeError: memcache_flush(): Argument #1 ($memcache) must be of type MemcachePool, stdClass given
TypeError: memcache_flush(): Argument #1 ($memcache) must be of type MemcachePool, string given
TypeError: memcache_flush(): Argument #1 ($memcache) must be of type MemcachePool, null given
TypeError: memcache_set_sasl_auth_data(): Argument #1 ($memcache) must be of type MemcachePool, stdClass given
TypeError: memcache_set_sasl_auth_data(): Argument #1 ($memcache) must be of type MemcachePool, string given
TypeError: memcache_set_sasl_auth_data(): Argument #1 ($memcache) must be of type MemcachePool, null given
TypeError: memcache_get(): Argument #1 ($memcache) must be of type MemcachePool, ArrayObject given
TypeError: memcache_close(): Argument #1 ($memcache) must be of type MemcachePool, int given
TypeError: memcache_close(): Argument #1 ($memcache) must be of type MemcachePool, resource given
