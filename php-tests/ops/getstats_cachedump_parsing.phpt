--TEST--
getStats('cachedump', slab, limit) sends "stats cachedump <slab> <limit>" and parses ITEM lines into key => [size, time] (§4.12)
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
; ASCII only: the binary protocol has no stats (§4.12; ../binary/stats_false.phpt)
memcache.protocol=ascii
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/../failure/fake_server.inc';
$srv = fake_server_start([
    "ITEM k1 [1 b; 0 s]\r\nITEM k2 [15 b; 1700000000 s]\r\nEND\r\n",
    "END\r\n",
]);
$m = new Memcache;
var_dump($m->connect('127.0.0.1', $srv['port']));
var_dump($m->getStats('cachedump', 3, 7));
var_dump($m->getStats('cachedump', 5));   // default limit 100
var_dump($m->close());
fake_server_dump(fake_server_finish($srv));
?>
--EXPECT--
bool(true)
array(2) {
  ["k1"]=>
  array(2) {
    [0]=>
    string(1) "1"
    [1]=>
    string(1) "0"
  }
  ["k2"]=>
  array(2) {
    [0]=>
    string(2) "15"
    [1]=>
    string(10) "1700000000"
  }
}
bool(false)
bool(true)
req 0: stats cachedump 3 7\r\n
req 1: stats cachedump 5 100\r\n
