--TEST--
A persistent connection killed by a memcached restart is replaced silently, once, when a new pool reuses the entry or pconnect() is called again (§4.1, §6.2, §6.3)
--DESCRIPTION--
Starts a private memcached on a free port, pconnects and sets, then kills the daemon and starts a new one on
the same port. Reusing the registry entry downgrades it from "connected" to "unknown", so the dead socket gets
one transparent reconnect and retry: set/get through a new pool (lazy addServer), get through a new Memcache
object's pconnect() (which also closes a stream at EOF before connecting), and a multi-key get all succeed
without a notice. When the daemon stays down, the one silent reconnect fails and the usual notice appears
once; a further pool reusing the now failed entry stays silent. (The pool that was already connected when the
daemon died does not reconnect: it fails with "Read failed (socket was unexpectedly closed)", as
failure_state_shared_across_pools.phpt shows.)
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--SKIPIF--
<?php
if (!extension_loaded('memcache')) die('skip memcache extension not loaded');
require __DIR__ . '/procs.inc';
if (memcached_binary() === null) die('skip memcached binary not found');
?>
--FILE--
<?php
require __DIR__ . '/procs.inc';
$mc = memcached_start() or die("could not start memcached\n");
$port = $mc['port'];
ob_start(function ($out) use ($port) { return str_replace("tcp $port,", 'tcp PORT,', $out); });
$restart = function () use (&$mc, $port) {
    memcached_stop($mc);
    $mc = memcached_start($port) or die("could not restart memcached\n");
};

$a = new Memcache;
var_dump($a->pconnect('127.0.0.1', $port), $a->set('restart_k', 'before'));

echo "-- restart; a new pool (addServer) reuses the entry\n";
$restart();
$b = new MemcachePool;
var_dump($b->addServer('127.0.0.1', $port), $b->set('restart_k', 'after'), $b->get('restart_k'));

echo "-- restart; a new object pconnects\n";
$restart();
$c = new Memcache;
var_dump($c->pconnect('127.0.0.1', $port), $c->get('restart_k'), $c->set('restart_k', 'again'), $c->get('restart_k'));

echo "-- restart; a multi-key get through a new pool\n";
$restart();
$d = new MemcachePool;
$d->addServer('127.0.0.1', $port);
var_dump($d->get(['restart_k', 'restart_j']), $d->set('restart_j', 'j'), $d->get(['restart_j']));

echo "-- the daemon stays down: one notice, then silence\n";
memcached_stop($mc);
$e = new MemcachePool;
$e->addServer('127.0.0.1', $port);
var_dump($e->get('restart_k'), $e->getServerStatus('127.0.0.1', $port));
$f = new MemcachePool;
$f->addServer('127.0.0.1', $port);
var_dump($f->get('restart_k'));
?>
--EXPECTF--
bool(true)
bool(true)
-- restart; a new pool (addServer) reuses the entry
bool(true)
bool(true)
string(5) "after"
-- restart; a new object pconnects
bool(true)
bool(false)
bool(true)
string(5) "again"
-- restart; a multi-key get through a new pool
array(0) {
}
bool(true)
array(1) {
  ["restart_j"]=>
  string(1) "j"
}
-- the daemon stays down: one notice, then silence

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp PORT, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(false)
int(0)
bool(false)
