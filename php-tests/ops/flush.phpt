--TEST--
flush() empties the server and returns true; memcache_flush() too (§4.10)
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
// this test owns the need to flush; it uses the second daemon
$m = new Memcache;
var_dump($m->connect($host, $port2));
$k = 'ops_flush_' . getmypid();
var_dump($m->set($k, 'v'));
var_dump($m->flush());
var_dump($m->get($k));
var_dump($m->set($k, 'w'));
var_dump($m->get($k));
var_dump(memcache_flush($m));
var_dump($m->get($k));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
string(1) "w"
bool(true)
bool(false)
