--TEST--
findServer() on a one-server pool returns "host:port" for every valid key, without I/O
--DESCRIPTION--
Spec §4.5/§6.4: with exactly one server every key maps to it; the host is printed as added (unix sockets too);
an invalid (empty) key gives "Invalid key" and false. No procedural form exists (spec §2.4).
E_DEPRECATED is masked so the 8.0 oracle's dynamic-property deprecation does not show;
module/dynamic_properties.phpt covers that difference.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
$p = new MemcachePool;
$p->addServer($host, $refused_port);
$ok = true;
foreach (['a', 'findserver key', str_repeat('x', 300), "\xff\x00", '0', 123, 1.5, true] as $k) {
    if ($p->findServer($k) !== "$host:$refused_port") { $ok = false; var_dump($k); }
}
var_dump($ok);
var_dump($p->findServer(''));
var_dump($p->findServer(false));
var_dump($p->findServer(null));
$m = new Memcache;
$m->addServer('unix:///tmp/findserver-test.sock', 0);
var_dump($m->findServer('k'));
$t = new Memcache;
$t->addServer('tcp://localhost', 11311);
var_dump($t->findServer('k'));
var_dump(function_exists('memcache_find_server'));
?>
--EXPECTF--
bool(true)

Warning: MemcachePool::findserver(): Invalid key in %s on line %d
bool(false)

Warning: MemcachePool::findserver(): Invalid key in %s on line %d
bool(false)

Warning: MemcachePool::findserver(): Invalid key in %s on line %d
bool(false)
string(34) "unix:///tmp/findserver-test.sock:0"
string(21) "tcp://localhost:11311"
bool(false)
