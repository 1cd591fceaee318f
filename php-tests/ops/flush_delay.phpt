--TEST--
flush($delay) with a delay in the future: the item is still there right after (§4.10)
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
; ASCII: the binary protocol ignores the delay (§4.10); binary twin: flush_delay_binary.phpt
memcache.protocol=ascii
--FILE--
<?php
require __DIR__ . '/../config.inc';
// this test owns the need to flush; it uses the second daemon
$m = new Memcache;
var_dump($m->connect($host, $port2));
$k = 'ops_flush_delay_' . getmypid();
var_dump($m->set($k, 'v'));
// relative delay of 3 s: memcached invalidates items only once its clock reaches now+2
var_dump($m->flush(3));
var_dump($m->get($k));
// absolute time form
var_dump($m->flush(time() + 3));
var_dump($m->get($k));
// an immediate flush empties it and supersedes the pending delayed flush (so later tests are not affected)
var_dump($m->flush());
var_dump($m->get($k));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
string(1) "v"
bool(true)
string(1) "v"
bool(true)
bool(false)
