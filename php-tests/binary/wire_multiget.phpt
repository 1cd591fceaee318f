--TEST--
binary multi-get wire bytes: one GETQ (0x09) per key with opaque = its index in the batch, then a NOOP (0x0A) with opaque = the key count; results named by the caller's keys (§4.6, §7.4)
--DESCRIPTION--
The scripted binary server answers only the hits (GETQ is quiet on a miss), possibly out of order, then the
NOOP that ends the batch. Each hit is matched to its key through the opaque index, so the result, $flags and
$cas are keyed by the key as the caller passed it (string-converted), not by the normalised key that went on
the wire. An invalid key is skipped with a warning and takes no index. A batch with no hit gives an empty
array and leaves $flags/$cas untouched.
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=binary
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/binary_server.inc';
$srv = bin_server_start([
    bin_res(0x09, 0, 'two', pack('N', 0), 2, 12) . bin_res(0x09, 0, '5', pack('N', 0x300), 0, 10)
        . bin_res(0x0A, 0, '', '', 4),
    bin_res(0x0A, 0, '', '', 2),
]);
$m = new MemcachePool;
$m->addServer('127.0.0.1', $srv['port'], 0, false);
$r = $m->get(['mg a', 'mg_missing', 7, 'mg_d'], $f, $c);
var_dump($r, $f, $c);
$f = 'untouched'; $c = 'untouched';
var_dump($m->get(['mg_x', '', 'mg_y'], $f, $c), $f, $c);
var_dump($m->getServerStatus('127.0.0.1', $srv['port']));
$m->close();
bin_dump(bin_server_finish($srv));
?>
--EXPECTF--
array(2) {
  [7]=>
  string(3) "two"
  ["mg a"]=>
  int(5)
}
array(2) {
  [7]=>
  int(0)
  ["mg a"]=>
  int(768)
}
array(2) {
  [7]=>
  int(12)
  ["mg a"]=>
  int(10)
}

Warning: MemcachePool::get(): Invalid key in %s on line %d
array(0) {
}
string(9) "untouched"
string(9) "untouched"
int(1)
req 0.0: magic=80 GETQ(09) keylen=4 extlen=0 type=0 vb=0 bodylen=4 opaque=0 cas=0 key="mg_a"
req 0.1: magic=80 GETQ(09) keylen=10 extlen=0 type=0 vb=0 bodylen=10 opaque=1 cas=0 key="mg_missing"
req 0.2: magic=80 GETQ(09) keylen=1 extlen=0 type=0 vb=0 bodylen=1 opaque=2 cas=0 key="7"
req 0.3: magic=80 GETQ(09) keylen=4 extlen=0 type=0 vb=0 bodylen=4 opaque=3 cas=0 key="mg_d"
req 0.4: magic=80 NOOP(0a) keylen=0 extlen=0 type=0 vb=0 bodylen=0 opaque=4 cas=0
req 1.0: magic=80 GETQ(09) keylen=4 extlen=0 type=0 vb=0 bodylen=4 opaque=0 cas=0 key="mg_x"
req 1.1: magic=80 GETQ(09) keylen=4 extlen=0 type=0 vb=0 bodylen=4 opaque=1 cas=0 key="mg_y"
req 1.2: magic=80 NOOP(0a) keylen=0 extlen=0 type=0 vb=0 bodylen=0 opaque=2 cas=0
