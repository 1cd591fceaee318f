--TEST--
stats reply parsing: nested "a:b:c" names, numeric segments ("07" too) as int keys, values with spaces, non-STAT lines
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
    "STAT a:b:c 1\r\nSTAT 7:x 2\r\nSTAT -3:y 2\r\nSTAT 07:z 3\r\nSTAT top v w\r\nfoo bar\r\nnospace\r\nSTAT\r\nEND\r\n",
]);
$m = new Memcache;
var_dump($m->connect('127.0.0.1', $srv['port']));
$r = $m->getStats('items');
echo json_encode(array_keys($r)), "\n";
var_dump($r['a'], $r[7], $r[-3], $r['top']);
// spec §4.12: a non-STAT "a b" line becomes ['a' => 'b']. (Debian's 8.0 build appends a NUL byte to both,
// key "foo\0" and value "bar\0"; the spec wins.)
var_dump(bin2hex(array_keys($r)[4]), bin2hex($r["foo"]));
// lines without a space are appended as list elements
var_dump($r[8], $r[9]);
var_dump($m->close());
fake_server_dump(fake_server_finish($srv));
?>
--EXPECT--
bool(true)
["a",7,-3,"top","foo",8,9]
array(1) {
  ["b"]=>
  array(1) {
    ["c"]=>
    string(1) "1"
  }
}
array(2) {
  ["x"]=>
  string(1) "2"
  ["z"]=>
  string(1) "3"
}
array(1) {
  ["y"]=>
  string(1) "2"
}
string(3) "v w"
string(6) "666f6f"
string(6) "626172"
string(7) "nospace"
string(4) "STAT"
bool(true)
req 0: stats items\r\n
