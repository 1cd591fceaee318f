--TEST--
binary flush($delay): the delay is not sent, the flush is immediate (§4.10, §7.4)
--DESCRIPTION--
Binary twin of flush_delay.phpt. The binary FLUSH request carries no delay, so flush(3) and flush(time()+3)
empty the server at once and return true.
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=binary
--FILE--
<?php
require __DIR__ . '/../config.inc';
// this test owns the need to flush; it uses the second daemon
$m = new Memcache;
var_dump($m->connect($host, $port2));
$k = 'ops_flush_delay_binary_' . getmypid();
var_dump($m->set($k, 'v'));
var_dump($m->flush(3));
var_dump($m->get($k));
var_dump($m->set($k, 'v'));
var_dump($m->flush(time() + 3));
var_dump($m->get($k));
var_dump($m->set($k, 'v'));
var_dump(memcache_flush($m, 60));
var_dump($m->get($k));
// the server keeps working
var_dump($m->set($k, 'w'));
var_dump($m->get($k));
$m->delete($k);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
string(1) "w"
