--TEST--
close(): removes all servers but keeps the pool; later operations fail silently, flush() is true, servers can be re-added
--DESCRIPTION--
Spec §1.1/§4.14. After close(), operations that need servers return false without a warning; flush() on a
zero-server pool returns true; getServerStatus/setServerParams report "Server not found in pool";
connect()/addServer() add servers again.
E_DEPRECATED is masked so the 8.0 oracle's dynamic-property deprecation does not show;
module/dynamic_properties.phpt covers that difference.
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
$m = new Memcache;
var_dump($m->connect($host, $port));
var_dump($m->set('close_sem_key', 'v'));
$r = $m->connection;
t(fn() => $m->close());
var_dump($m->connection === $r, get_resource_type($m->connection));
echo "-- after close\n";
t(fn() => $m->set('close_sem_key', 'w'));
t(fn() => $m->add('close_sem_key2', 'w'));
t(fn() => $m->replace('close_sem_key', 'w'));
t(fn() => $m->get('close_sem_key'));
t(fn() => $m->get(['close_sem_key']));
t(fn() => $m->delete('close_sem_key'));
t(fn() => $m->increment('close_sem_key'));
t(fn() => $m->decrement(['close_sem_key']));
t(fn() => $m->getVersion());
t(fn() => $m->getStats());
t(fn() => $m->getExtendedStats());
t(fn() => $m->findServer('close_sem_key'));
t(fn() => memcache_get($m, 'close_sem_key'));
t(fn() => $m->getServerStatus($host, $port));
t(fn() => $m->setServerParams($host, $port));
t(fn() => $m->setCompressThreshold(10));
t(fn() => $m->setFailureCallback(null));
t(fn() => $m->flush());
t(fn() => memcache_flush($m));
t(fn() => $m->close());
t(fn() => memcache_close($m));
echo "-- re-add\n";
t(fn() => $m->addServer($host, $port));
t(fn() => $m->get('close_sem_key'));
t(fn() => $m->findServer('close_sem_key') === "$host:$port");
t(fn() => $m->close());
t(fn() => $m->connect($host, $port));
t(fn() => $m->get('close_sem_key'));
t(fn() => $m->delete('close_sem_key'));
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
string(19) "memcache connection"
-- after close
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)

Warning: MemcachePool::getserverstatus(): Server not found in pool in %s on line %d
bool(false)

Warning: MemcachePool::setserverparams(): Server not found in pool in %s on line %d
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
-- re-add
bool(true)
string(1) "v"
bool(true)
bool(true)
bool(true)
string(1) "v"
bool(true)
