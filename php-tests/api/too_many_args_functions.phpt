--TEST--
Procedural functions called with too many or too few arguments throw PHP's ArgumentCountError
--DESCRIPTION--
Counts follow the real argument parsing: memcache_connect/memcache_pconnect take at most 3 arguments and
memcache_add_server at most 9 (spec §2.4), although Reflection lists 8 and 10 parameters.
--INI--
error_reporting=E_ALL
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
$m = new Memcache;
$calls = [
    ['memcache_add_server', ['127.0.0.1', 11311, true, 1, 1, 15, true, null, 'x']],
    ['memcache_set_server_params', ['127.0.0.1', 11311, 1, 15, true, null, 'x']],
    ['memcache_set_failure_callback', [null, 'x']],
    ['memcache_get_server_status', ['127.0.0.1', 11311, 'x']],
    ['memcache_get_version', ['x']],
    ['memcache_add', ['k', 1, 0, 0, 0, 'x']], ['memcache_set', ['k', 1, 0, 0, 0, 'x']],
    ['memcache_replace', ['k', 1, 0, 0, 0, 'x']], ['memcache_cas', ['k', 1, 0, 0, 0, 'x']],
    ['memcache_append', ['k', 1, 0, 0, 0, 'x']], ['memcache_prepend', ['k', 1, 0, 0, 0, 'x']],
    ['memcache_get', ['k', null, null, 'x']], ['memcache_delete', ['k', 0, 'x']],
    ['memcache_get_stats', ['items', 0, 100, 'x']], ['memcache_get_extended_stats', ['items', 0, 100, 'x']],
    ['memcache_set_compress_threshold', [100, 0.2, 'x']], ['memcache_increment', ['k', 1, 0, 0, 'x']],
    ['memcache_decrement', ['k', 1, 0, 0, 'x']], ['memcache_close', ['x']], ['memcache_flush', [0, 'x']],
    ['memcache_set_sasl_auth_data', ['u', 'p', 'x']],
];
foreach ($calls as [$f, $args]) {
    echo "$f: ";
    t(fn() => $f($m, ...$args));
}
foreach ($calls as [$f, $args]) {
    echo "$f(): ";
    t(fn() => $f());
}
echo "memcache_connect: ";  t(fn() => memcache_connect('127.0.0.1', 11311, 1, 1));
echo "memcache_pconnect: "; t(fn() => memcache_pconnect('127.0.0.1', 11311, 1, 1, 1, 1, 1, 1, 1));
echo "memcache_connect(): "; t(fn() => memcache_connect());
echo "memcache_pconnect(): "; t(fn() => memcache_pconnect());
?>
--EXPECT--
memcache_add_server: ArgumentCountError: memcache_add_server() expects at most 9 arguments, 10 given
memcache_set_server_params: ArgumentCountError: memcache_set_server_params() expects at most 7 arguments, 8 given
memcache_set_failure_callback: ArgumentCountError: memcache_set_failure_callback() expects exactly 2 arguments, 3 given
memcache_get_server_status: ArgumentCountError: memcache_get_server_status() expects at most 3 arguments, 4 given
memcache_get_version: ArgumentCountError: memcache_get_version() expects exactly 1 argument, 2 given
memcache_add: ArgumentCountError: memcache_add() expects at most 6 arguments, 7 given
memcache_set: ArgumentCountError: memcache_set() expects at most 6 arguments, 7 given
memcache_replace: ArgumentCountError: memcache_replace() expects at most 6 arguments, 7 given
memcache_cas: ArgumentCountError: memcache_cas() expects at most 6 arguments, 7 given
memcache_append: ArgumentCountError: memcache_append() expects at most 6 arguments, 7 given
memcache_prepend: ArgumentCountError: memcache_prepend() expects at most 6 arguments, 7 given
memcache_get: ArgumentCountError: memcache_get() expects at most 4 arguments, 5 given
memcache_delete: ArgumentCountError: memcache_delete() expects at most 3 arguments, 4 given
memcache_get_stats: ArgumentCountError: memcache_get_stats() expects at most 4 arguments, 5 given
memcache_get_extended_stats: ArgumentCountError: memcache_get_extended_stats() expects at most 4 arguments, 5 given
memcache_set_compress_threshold: ArgumentCountError: memcache_set_compress_threshold() expects at most 3 arguments, 4 given
memcache_increment: ArgumentCountError: memcache_increment() expects at most 5 arguments, 6 given
memcache_decrement: ArgumentCountError: memcache_decrement() expects at most 5 arguments, 6 given
memcache_close: ArgumentCountError: memcache_close() expects exactly 1 argument, 2 given
memcache_flush: ArgumentCountError: memcache_flush() expects at most 2 arguments, 3 given
memcache_set_sasl_auth_data: ArgumentCountError: memcache_set_sasl_auth_data() expects exactly 3 arguments, 4 given
memcache_add_server(): ArgumentCountError: memcache_add_server() expects at least 2 arguments, 0 given
memcache_set_server_params(): ArgumentCountError: memcache_set_server_params() expects at least 2 arguments, 0 given
memcache_set_failure_callback(): ArgumentCountError: memcache_set_failure_callback() expects exactly 2 arguments, 0 given
memcache_get_server_status(): ArgumentCountError: memcache_get_server_status() expects at least 2 arguments, 0 given
memcache_get_version(): ArgumentCountError: memcache_get_version() expects exactly 1 argument, 0 given
memcache_add(): ArgumentCountError: memcache_add() expects at least 2 arguments, 0 given
memcache_set(): ArgumentCountError: memcache_set() expects at least 2 arguments, 0 given
memcache_replace(): ArgumentCountError: memcache_replace() expects at least 2 arguments, 0 given
memcache_cas(): ArgumentCountError: memcache_cas() expects at least 2 arguments, 0 given
memcache_append(): ArgumentCountError: memcache_append() expects at least 2 arguments, 0 given
memcache_prepend(): ArgumentCountError: memcache_prepend() expects at least 2 arguments, 0 given
memcache_get(): ArgumentCountError: memcache_get() expects at least 2 arguments, 0 given
memcache_delete(): ArgumentCountError: memcache_delete() expects at least 2 arguments, 0 given
memcache_get_stats(): ArgumentCountError: memcache_get_stats() expects at least 1 argument, 0 given
memcache_get_extended_stats(): ArgumentCountError: memcache_get_extended_stats() expects at least 1 argument, 0 given
memcache_set_compress_threshold(): ArgumentCountError: memcache_set_compress_threshold() expects at least 2 arguments, 0 given
memcache_increment(): ArgumentCountError: memcache_increment() expects at least 2 arguments, 0 given
memcache_decrement(): ArgumentCountError: memcache_decrement() expects at least 2 arguments, 0 given
memcache_close(): ArgumentCountError: memcache_close() expects exactly 1 argument, 0 given
memcache_flush(): ArgumentCountError: memcache_flush() expects at least 1 argument, 0 given
memcache_set_sasl_auth_data(): ArgumentCountError: memcache_set_sasl_auth_data() expects exactly 3 arguments, 0 given
memcache_connect: ArgumentCountError: memcache_connect() expects at most 3 arguments, 4 given
memcache_pconnect: ArgumentCountError: memcache_pconnect() expects at most 3 arguments, 9 given
memcache_connect(): ArgumentCountError: memcache_connect() expects at least 1 argument, 0 given
memcache_pconnect(): ArgumentCountError: memcache_pconnect() expects at least 1 argument, 0 given
