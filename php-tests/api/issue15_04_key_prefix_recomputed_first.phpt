--TEST--
Issue 15 item 4: addServer()/connect()/pconnect()/memcache_add_server() recompute the key prefix first, even when they then fail
--DESCRIPTION--
The reference recomputes the key prefix from the memcache.prefix_* settings as the first step of every
addServer(), connect(), pconnect(), memcache_connect(), memcache_pconnect() and memcache_add_server(), before
it parses and checks its arguments. So a call that fails (wrong argument count, weight 0, a bad port) still
applies a new memcache.prefix_static_key to the keys of later calls. Expected output recorded from
pecl/memcache 8.2 (PHP 8.4).
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = new MemcachePool;
$m->addServer($host, $port);
// Which of the keys the server holds, asked over a plain socket (the prefix applies to every pool).
$show = function () use ($host, $port) {
    $s = stream_socket_client("tcp://$host:$port");
    $keys = array_map(fn($p) => "{$p}i15_4_k", ['', 'a_', 'b_', 'c_', 'd_', 'e_', 'f_']);
    fwrite($s, 'get ' . implode(' ', $keys) . "\r\n");
    $found = [];
    while (($line = fgets($s)) !== false && $line !== "END\r\n") {
        if (preg_match('/^VALUE (\S+)/', $line, $v)) $found[] = $v[1];
    }
    echo implode(' ', $found), "\n";
    foreach ($keys as $k) { fwrite($s, "delete $k\r\n"); fgets($s); }
};
$show();
ini_set('memcache.prefix_static_key', 'a_');
try { $m->addServer(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
$m->set('i15_4_k', 1);
$show();
ini_set('memcache.prefix_static_key', 'b_');
var_dump($m->addServer($host, $port, 0, true, 0));
$m->set('i15_4_k', 2);
$show();
ini_set('memcache.prefix_static_key', 'c_');
var_dump(@$m->connect($host, -1));
$m->set('i15_4_k', 3);
$show();
ini_set('memcache.prefix_static_key', 'd_');
try { memcache_connect(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
$m->set('i15_4_k', 4);
$show();
ini_set('memcache.prefix_static_key', 'e_');
$mc = new Memcache;
var_dump(memcache_add_server($mc, $host, $port, true, 0));
$m->set('i15_4_k', 5);
$show();
ini_set('memcache.prefix_static_key', 'f_');
try { $mc->pconnect([]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$m->set('i15_4_k', 6);
$show();
ini_set('memcache.prefix_static_key', '');
try { memcache_pconnect(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
$m->set('i15_4_k', 7);
$show();
?>
--EXPECTF--
MemcachePool::addserver() expects at least 1 argument, 0 given
a_i15_4_k

Warning: MemcachePool::addserver(): weight must be a positive integer in %s on line %d
bool(false)
b_i15_4_k
bool(false)
c_i15_4_k
memcache_connect() expects at least 1 argument, 0 given
d_i15_4_k

Warning: memcache_add_server(): weight must be a positive integer in %s on line %d
bool(false)
e_i15_4_k
Memcache::pconnect(): Argument #1 ($host) must be of type string, array given
f_i15_4_k
memcache_pconnect() expects at least 1 argument, 0 given
i15_4_k
