--TEST--
ASCII stats wire bytes: "stats", "stats <type>" when slabid is 0, "stats <type> <slabid> <limit>" otherwise (§4.12, §7.2)
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
    "STAT pid 1\r\nEND\r\n", "STAT a 1\r\nEND\r\n", "STAT b 2\r\nEND\r\n", "STAT c 3\r\nEND\r\n", "RESET\r\n", "STAT d 4\r\nEND\r\n",
]);
$m = new Memcache;
var_dump($m->connect('127.0.0.1', $srv['port']));
var_dump($m->getStats());
var_dump($m->getStats('items'));
var_dump($m->getStats('slabs', 0, 5));
var_dump($m->getStats('sizes', 2, 5));
var_dump($m->getStats('reset'));
var_dump($m->getStats('items', 1));
var_dump($m->close());
fake_server_dump(fake_server_finish($srv));
?>
--EXPECT--
bool(true)
array(1) {
  ["pid"]=>
  string(1) "1"
}
array(1) {
  ["a"]=>
  string(1) "1"
}
array(1) {
  ["b"]=>
  string(1) "2"
}
array(1) {
  ["c"]=>
  string(1) "3"
}
bool(true)
array(1) {
  ["d"]=>
  string(1) "4"
}
bool(true)
req 0: stats\r\n
req 1: stats items\r\n
req 2: stats slabs\r\n
req 3: stats sizes 2 5\r\n
req 4: stats reset\r\n
req 5: stats items 1 100\r\n
