--TEST--
Methods called with too many arguments throw PHP's ArgumentCountError; getVersion()/close() ignore extra arguments
--DESCRIPTION--
The "expects at most N arguments" counts follow the real argument parsing (e.g. Memcache::connect takes at
most 3 although Reflection lists 8 parameters, spec §2.2). Oracle: getVersion() and close() do not parse
arguments, so extra ones are ignored. No I/O: calls fail in argument parsing, or run on an empty (closed) pool.
E_DEPRECATED is masked so the 8.0 oracle's dynamic-property deprecation does not show;
module/dynamic_properties.phpt covers that difference.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
$calls = [
    ['connect', ['127.0.0.1', 11311, 0, true, 1, 1, 15, 'x']],
    ['addServer', ['127.0.0.1', 11311, 0, true, 1, 1, 15, true, 'x']],
    ['setServerParams', ['127.0.0.1', 11311, 1, 15, true, null, 'x']],
    ['setFailureCallback', [null, 'x']],
    ['getServerStatus', ['127.0.0.1', 11311, 'x']],
    ['findServer', ['k', 'x']],
    ['add', ['k', 1, 0, 0, 0, 'x']], ['set', ['k', 1, 0, 0, 0, 'x']], ['replace', ['k', 1, 0, 0, 0, 'x']],
    ['cas', ['k', 1, 0, 0, 0, 'x']], ['append', ['k', 'a', 0, 0, 0, 'x']], ['prepend', ['k', 'a', 0, 0, 0, 'x']],
    ['get', ['k', null, null, 'x']], ['delete', ['k', 0, 'x']],
    ['getStats', ['items', 0, 100, 'x']], ['getExtendedStats', ['items', 0, 100, 'x']],
    ['setCompressThreshold', [100, 0.2, 'x']], ['increment', ['k', 1, 0, 0, 'x']], ['decrement', ['k', 1, 0, 0, 'x']],
    ['flush', [0, 'x']], ['setSaslAuthData', ['u', 'p', 'x']],
];
foreach ($calls as [$meth, $args]) {
    echo "$meth: ";
    t(fn() => (new MemcachePool)->$meth(...$args));
}
echo "Memcache::connect: ";  t(fn() => (new Memcache)->connect('127.0.0.1', 11311, 1, 1));
echo "Memcache::pconnect: "; t(fn() => (new Memcache)->pconnect('127.0.0.1', 11311, 1, 1, 1, 1, 1, 1, 1));
echo "Memcache::addServer: "; t(fn() => (new Memcache)->addServer('127.0.0.1', 11311, true, 1, 1, 15, true, null, 'x'));
$p = new MemcachePool;
$p->addServer('127.0.0.1', 11311);
$p->close();
echo "getVersion: "; t(fn() => $p->getVersion('x', 'y'));
echo "close: "; t(fn() => $p->close('x', 'y'));
?>
--EXPECT--
connect: ArgumentCountError: MemcachePool::connect() expects at most 7 arguments, 8 given
addServer: ArgumentCountError: MemcachePool::addserver() expects at most 8 arguments, 9 given
setServerParams: ArgumentCountError: MemcachePool::setserverparams() expects at most 6 arguments, 7 given
setFailureCallback: ArgumentCountError: MemcachePool::setfailurecallback() expects exactly 1 argument, 2 given
getServerStatus: ArgumentCountError: MemcachePool::getserverstatus() expects at most 2 arguments, 3 given
findServer: ArgumentCountError: MemcachePool::findserver() expects exactly 1 argument, 2 given
add: ArgumentCountError: MemcachePool::add() expects at most 5 arguments, 6 given
set: ArgumentCountError: MemcachePool::set() expects at most 5 arguments, 6 given
replace: ArgumentCountError: MemcachePool::replace() expects at most 5 arguments, 6 given
cas: ArgumentCountError: MemcachePool::cas() expects at most 5 arguments, 6 given
append: ArgumentCountError: MemcachePool::append() expects at most 5 arguments, 6 given
prepend: ArgumentCountError: MemcachePool::prepend() expects at most 5 arguments, 6 given
get: ArgumentCountError: MemcachePool::get() expects at most 3 arguments, 4 given
delete: ArgumentCountError: MemcachePool::delete() expects at most 2 arguments, 3 given
getStats: ArgumentCountError: MemcachePool::getstats() expects at most 3 arguments, 4 given
getExtendedStats: ArgumentCountError: MemcachePool::getextendedstats() expects at most 3 arguments, 4 given
setCompressThreshold: ArgumentCountError: MemcachePool::setcompressthreshold() expects at most 2 arguments, 3 given
increment: ArgumentCountError: MemcachePool::increment() expects at most 4 arguments, 5 given
decrement: ArgumentCountError: MemcachePool::decrement() expects at most 4 arguments, 5 given
flush: ArgumentCountError: MemcachePool::flush() expects at most 1 argument, 2 given
setSaslAuthData: ArgumentCountError: MemcachePool::setSaslAuthData() expects exactly 2 arguments, 3 given
Memcache::connect: ArgumentCountError: Memcache::connect() expects at most 3 arguments, 4 given
Memcache::pconnect: ArgumentCountError: Memcache::pconnect() expects at most 3 arguments, 9 given
Memcache::addServer: ArgumentCountError: Memcache::addserver() expects at most 8 arguments, 9 given
getVersion: bool(false)
close: bool(true)
