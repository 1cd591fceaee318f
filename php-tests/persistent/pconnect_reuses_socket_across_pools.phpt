--TEST--
Persistent servers share one socket across pools of a process; close() and object destruction keep it open, non-persistent ones get their own (§4.1, §4.14, §6.3)
--DESCRIPTION--
Counts this process's open sockets (links to socket:[…] in /proc/self/fd) after each step, relative to the
start. pconnect, memcache_pconnect, MemcachePool::connect and addServer (persistent by default) for the same
host/port reuse the registry entry `memcache:server:127.0.0.1:<port>:0` and its socket. A different host string
for the same address is a different entry. Non-persistent servers (Memcache::connect, persistent=false,
status=false) open their own socket, which close() closes.
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--SKIPIF--
<?php
include __DIR__ . '/../skipif.inc';
if (!is_dir('/proc/self/fd')) die('skip needs /proc/self/fd');
?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
function sockets(): int {
    $n = 0;
    foreach (glob('/proc/self/fd/*') as $fd) {
        if (strncmp((string)@readlink($fd), 'socket:', 7) === 0) $n++;
    }
    return $n;
}
$base = sockets();
$step = function (string $what) use ($base) { printf("%-48s %d\n", $what, sockets() - $base); };
$key = 'persistent_reuse_' . getmypid();

$a = new Memcache;
var_dump($a->pconnect($host, $port), $a->set($key, 'v'));
$step('Memcache::pconnect');
$b = new Memcache;
$b->pconnect($host, $port);
$step('second Memcache::pconnect');
$c = memcache_pconnect($host, $port);
$step('memcache_pconnect');
$d = new MemcachePool;
$d->connect($host, $port);
$step('MemcachePool::connect (persistent default)');
$e = new MemcachePool;
$e->addServer($host, $port);
var_dump($e->get($key));
$step('MemcachePool::addServer + get');
$f = new Memcache;
$f->addServer($host, $port);
var_dump($f->get($key));
$step('Memcache::addServer + get');

$g = new Memcache;
$g->connect($host, $port);
$step('Memcache::connect (non-persistent)');
$h = new MemcachePool;
$h->connect($host, $port, 0, false);
$step('MemcachePool::connect persistent=false');
$i = new MemcachePool;
$i->addServer($host, $port, 0, true, 1, 1.0, 15, false);
var_dump($i->get($key));
$step('addServer status=false (never persistent)');
$g->close();
$h->close();
$i->close();
$step('close() of the three non-persistent pools');

$a->close();
$step('close() of a persistent pool');
unset($a, $b, $c, $d, $e, $f);
gc_collect_cycles();
$step('persistent pools destroyed');
$x = new Memcache;
var_dump($x->pconnect($host, $port), $x->get($key));
$step('pconnect after that');
$y = new MemcachePool;
$y->addServer("tcp://$host", $port);
var_dump($y->get($key));
$step('other host string for the same address');
$x->delete($key);
?>
--EXPECT--
bool(true)
bool(true)
Memcache::pconnect                               1
second Memcache::pconnect                        1
memcache_pconnect                                1
MemcachePool::connect (persistent default)       1
string(1) "v"
MemcachePool::addServer + get                    1
string(1) "v"
Memcache::addServer + get                        1
Memcache::connect (non-persistent)               2
MemcachePool::connect persistent=false           3
string(1) "v"
addServer status=false (never persistent)        4
close() of the three non-persistent pools        1
close() of a persistent pool                     1
persistent pools destroyed                       1
bool(true)
string(1) "v"
pconnect after that                              1
string(1) "v"
other host string for the same address           2
