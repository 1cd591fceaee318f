--TEST--
binary get wire bytes: one GET (opcode 0x00, opaque 0) per single-key get, also with the $cas argument; flags and CAS from the response (§4.6, §7.4)
--DESCRIPTION--
A scripted binary server (binary_server.inc) records the requests. The key goes out normalised; there are no
extras and the header CAS is 0. A hit's flags come from the 4-byte response extras and fill $flags (raw, with
the type bits: 0x10300 is an int with MEMCACHE_USER1) and the header CAS fills $cas. A miss ("Not found",
status 1) returns false and leaves $flags and $cas untouched; it is not a server failure.
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
    bin_res(0x00, 0, 'hello', pack('N', 0x10000), 0, 77),
    bin_res(0x00, 0, '42', pack('N', 0x10300), 0, 78),
    bin_res(0x00, 1, 'Not found'),
    bin_res(0x00, 0, 'x', pack('N', 0), 0, 0x123456789),
]);
$m = new MemcachePool;
$m->addServer('127.0.0.1', $srv['port'], 0, false);
var_dump($m->get('wire_get_a', $f), $f);
var_dump($m->get('wire get b', $f), $f);
$f = 'untouched'; $c = 'untouched';
var_dump($m->get("wire_get_\tc", $f, $c), $f, $c);
var_dump($m->get('wire_get_d', $f, $c), $f, $c);
var_dump($m->getServerStatus('127.0.0.1', $srv['port']));
$m->close();
bin_dump(bin_server_finish($srv));
?>
--EXPECT--
string(5) "hello"
int(65536)
int(42)
int(66304)
bool(false)
string(9) "untouched"
string(9) "untouched"
string(1) "x"
int(0)
int(4886718345)
int(1)
req 0.0: magic=80 GET(00) keylen=10 extlen=0 type=0 vb=0 bodylen=10 opaque=0 cas=0 key="wire_get_a"
req 1.0: magic=80 GET(00) keylen=10 extlen=0 type=0 vb=0 bodylen=10 opaque=0 cas=0 key="wire_get_b"
req 2.0: magic=80 GET(00) keylen=11 extlen=0 type=0 vb=0 bodylen=11 opaque=0 cas=0 key="wire_get__c"
req 3.0: magic=80 GET(00) keylen=10 extlen=0 type=0 vb=0 bodylen=10 opaque=0 cas=0 key="wire_get_d"
