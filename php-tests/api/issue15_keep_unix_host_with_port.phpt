--TEST--
Issue 15, kept: a unix:// host given a non-zero port connects to the socket (the reference appends ":port" to the path and fails)
--DESCRIPTION--
Reference bug not copied (README): the C extension builds "unix:///path:11211" from a unix:// host and a
non-zero port, so connect('unix:///path') (whose port defaults to memcache.default_port) and
addServer('unix:///path', 11211) fail. The port means nothing for a unix-domain socket; we ignore it and
connect, so the usual forms work.
--SKIPIF--
<?php
if (!extension_loaded('memcache')) die('skip memcache extension not loaded');
require __DIR__ . '/../config.inc';
if (!file_exists($sock)) die('skip no unix-socket memcached');
?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = new Memcache;
var_dump($m->connect("unix://$sock"));
var_dump($m->set('i15_keep_unix', 'v'), $m->get('i15_keep_unix'));
$p = new MemcachePool;
var_dump($p->addServer("unix://$sock", 11211), $p->get('i15_keep_unix'));
var_dump($p->getServerStatus("unix://$sock", 11211));
$c = memcache_connect("unix://$sock", 5);
var_dump($c->get('i15_keep_unix'));
$c->delete('i15_keep_unix');
?>
--EXPECT--
bool(true)
bool(true)
string(1) "v"
bool(true)
string(1) "v"
int(1)
string(1) "v"
