--TEST--
setSaslAuthData(): argument count and type errors
--INI--
error_reporting=E_ALL
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
$m = new Memcache;
t(fn() => $m->setSaslAuthData('u'));
t(fn() => $m->setSaslAuthData('u', 'p', 'x'));
t(fn() => $m->setSaslAuthData([], 'x'));
t(fn() => $m->setSaslAuthData('x', new stdClass));
t(fn() => memcache_set_sasl_auth_data($m, 'u'));
t(fn() => memcache_set_sasl_auth_data($m, 'u', 'p', 'x'));
var_dump($m);
?>
--EXPECT--
ArgumentCountError: MemcachePool::setSaslAuthData() expects exactly 2 arguments, 1 given
ArgumentCountError: MemcachePool::setSaslAuthData() expects exactly 2 arguments, 3 given
TypeError: MemcachePool::setSaslAuthData(): Argument #1 ($username) must be of type string, array given
TypeError: MemcachePool::setSaslAuthData(): Argument #2 ($password) must be of type string, stdClass given
ArgumentCountError: memcache_set_sasl_auth_data() expects exactly 3 arguments, 2 given
ArgumentCountError: memcache_set_sasl_auth_data() expects exactly 3 arguments, 4 given
object(Memcache)#1 (0) {
}
