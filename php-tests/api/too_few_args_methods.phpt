--TEST--
Methods called without their required arguments throw PHP's ArgumentCountError
--INI--
error_reporting=E_ALL
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
foreach (['connect', 'addServer', 'setServerParams', 'setFailureCallback', 'getServerStatus', 'findServer',
          'add', 'set', 'replace', 'cas', 'append', 'prepend', 'get', 'delete', 'setCompressThreshold',
          'increment', 'decrement', 'setSaslAuthData'] as $meth) {
    echo "$meth: ";
    t(fn() => (new MemcachePool)->$meth());
}
foreach (['connect', 'pconnect', 'addServer'] as $meth) {
    echo "Memcache::$meth: ";
    t(fn() => (new Memcache)->$meth());
}
?>
--EXPECT--
connect: ArgumentCountError: MemcachePool::connect() expects at least 1 argument, 0 given
addServer: ArgumentCountError: MemcachePool::addserver() expects at least 1 argument, 0 given
setServerParams: ArgumentCountError: MemcachePool::setserverparams() expects at least 1 argument, 0 given
setFailureCallback: ArgumentCountError: MemcachePool::setfailurecallback() expects exactly 1 argument, 0 given
getServerStatus: ArgumentCountError: MemcachePool::getserverstatus() expects at least 1 argument, 0 given
findServer: ArgumentCountError: MemcachePool::findserver() expects exactly 1 argument, 0 given
add: ArgumentCountError: MemcachePool::add() expects at least 1 argument, 0 given
set: ArgumentCountError: MemcachePool::set() expects at least 1 argument, 0 given
replace: ArgumentCountError: MemcachePool::replace() expects at least 1 argument, 0 given
cas: ArgumentCountError: MemcachePool::cas() expects at least 1 argument, 0 given
append: ArgumentCountError: MemcachePool::append() expects at least 1 argument, 0 given
prepend: ArgumentCountError: MemcachePool::prepend() expects at least 1 argument, 0 given
get: ArgumentCountError: MemcachePool::get() expects at least 1 argument, 0 given
delete: ArgumentCountError: MemcachePool::delete() expects at least 1 argument, 0 given
setCompressThreshold: ArgumentCountError: MemcachePool::setcompressthreshold() expects at least 1 argument, 0 given
increment: ArgumentCountError: MemcachePool::increment() expects at least 1 argument, 0 given
decrement: ArgumentCountError: MemcachePool::decrement() expects at least 1 argument, 0 given
setSaslAuthData: ArgumentCountError: MemcachePool::setSaslAuthData() expects exactly 2 arguments, 0 given
Memcache::connect: ArgumentCountError: Memcache::connect() expects at least 1 argument, 0 given
Memcache::pconnect: ArgumentCountError: Memcache::pconnect() expects at least 1 argument, 0 given
Memcache::addServer: ArgumentCountError: Memcache::addserver() expects at least 1 argument, 0 given
