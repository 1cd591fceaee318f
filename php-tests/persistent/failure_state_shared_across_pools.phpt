--TEST--
A failed persistent server stays failed for every pool of the process until setServerParams(…, true) or an explicit connect() revives it (§4.1, §4.2, §6.3)
--DESCRIPTION--
The registry key is `memcache:server:<host>:<tcp_port>:<udp_port>`, and the entry keeps its failure state
when another pool reuses it. A free port (nothing listens) fails in pool A with the usual notice; pools B and
M (Memcache) that add the same persistent server see getServerStatus() 0 and every operation returns false
without a new notice, even after a private memcached has started on that port (retry_interval 15 has not
expired). A non-persistent server and a persistent one with another UDP port are different entries: they
try, and fail, on their own. setServerParams(…, true) in one pool revives the entry for all of them; after
the daemon dies and fails again, MemcachePool::connect() on a fresh pool revives it the same way.
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=ascii
--SKIPIF--
<?php
if (!extension_loaded('memcache')) die('skip memcache extension not loaded');
require __DIR__ . '/procs.inc';
if (memcached_binary() === null) die('skip memcached binary not found');
?>
--FILE--
<?php
require __DIR__ . '/procs.inc';
$p = free_port();
ob_start(function ($out) use ($p) { return str_replace("tcp $p,", 'tcp PORT,', $out); });
$h = '127.0.0.1';

echo "-- A: the first failure\n";
$a = new MemcachePool;
$a->addServer($h, $p);
var_dump($a->get('fs_k'), $a->getServerStatus($h, $p));

echo "-- B and M reuse the failed entry: silent false\n";
$b = new MemcachePool;
$b->addServer($h, $p);
var_dump($b->getServerStatus($h, $p), $b->get('fs_k'), $b->set('fs_k', 1), $b->get(['fs_k', 'fs_j']),
         $b->delete('fs_k'), $b->increment('fs_k'));
$m = new Memcache;
$m->addServer($h, $p);
var_dump($m->getServerStatus($h, $p), $m->get('fs_k'));

echo "-- other entries: non-persistent, other udp port\n";
$n = new MemcachePool;
$n->addServer($h, $p, 0, false);
var_dump($n->getServerStatus($h, $p), $n->get('fs_k'));
$u = new MemcachePool;
$u->addServer($h, $p, 1);
var_dump($u->getServerStatus($h, $p), $u->get('fs_k'));

echo "-- the daemon comes up: still failed (retry_interval 15)\n";
$mc = memcached_start($p) or die("could not start memcached\n");
var_dump($b->get('fs_k'), $a->getServerStatus($h, $p));

echo "-- setServerParams(true) in B revives it for A, B and M\n";
var_dump($b->setServerParams($h, $p, 1.0, 15, true));
var_dump($a->getServerStatus($h, $p), $a->set('fs_k', 'one'), $b->get('fs_k'), $m->get('fs_k'));

echo "-- the daemon dies: A fails, B and M are silent\n";
memcached_stop($mc);
var_dump($a->get('fs_k'), $b->getServerStatus($h, $p), $b->get('fs_k'), $m->get('fs_k'));

echo "-- the daemon comes back; connect() in a new pool revives it\n";
$mc = memcached_start($p) or die("could not start memcached\n");
var_dump($b->get('fs_k'));
$c = new MemcachePool;
var_dump($c->connect($h, $p));
var_dump($a->getServerStatus($h, $p), $b->set('fs_k', 'two'), $a->get('fs_k'), $m->get('fs_k'));
?>
--EXPECTF--
-- A: the first failure

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp PORT, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(false)
int(0)
-- B and M reuse the failed entry: silent false
int(0)
bool(false)
bool(false)
array(0) {
}
bool(false)
bool(false)
int(0)
bool(false)
-- other entries: non-persistent, other udp port

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp PORT, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
int(1)
bool(false)

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp PORT, udp 1) failed with: Connection failed: Connection refused (111) in %s on line %d
int(1)
bool(false)
-- the daemon comes up: still failed (retry_interval 15)
bool(false)
int(0)
-- setServerParams(true) in B revives it for A, B and M
bool(true)
int(1)
bool(true)
string(3) "one"
string(3) "one"
-- the daemon dies: A fails, B and M are silent

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp PORT, udp 0) failed with: Read failed (socket was unexpectedly closed) (0) in %s on line %d
bool(false)
int(0)
bool(false)
bool(false)
-- the daemon comes back; connect() in a new pool revives it
bool(false)
bool(true)
int(1)
bool(true)
string(3) "two"
string(3) "two"
