--TEST--
binary incr/decr wire bytes: 20 bytes of extras (delta, initial = defval, expiration); expiration ffffffff unless a defval was passed (§4.8, §7.4)
--DESCRIPTION--
A scripted binary server records the requests and answers with 8-byte counters. INCREMENT (0x05) and
DECREMENT (0x06) carry delta(8) initial(8) expiration(4). "defval supplied" means the argument was passed at
all (3+ arguments for the method, 4+ for the procedural form): then initial = defval and expiration = exptime
(the server would create a missing key); otherwise initial is 0 and expiration ffffffff (a missing key fails).
A negative value flips the direction and sends the absolute delta. Every request has opaque 0 (one key per request).
"Not found" is false without a notice.
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=binary
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/binary_server.inc';
$n = fn(int $op, int $v) => bin_res($op, 0, pack('J', $v), '', 0, 5);
$srv = bin_server_start([
    $n(0x05, 1), $n(0x05, 15), $n(0x06, 12), $n(0x06, 0), $n(0x05, 13), $n(0x05, 20), $n(0x06, 19),
    $n(0x05, 21) . bin_res(0x05, 1, 'Not found') . $n(0x05, 22),
    bin_res(0x06, 1, 'Not found'), $n(0x05, -1),
]);
$m = new MemcachePool;
$m->addServer('127.0.0.1', $srv['port'], 0, false);
var_dump($m->increment('wi_a'));
var_dump($m->increment('wi b', 5, 10, 60));
var_dump($m->increment('wi_a', -3));
var_dump($m->decrement('wi_a', 2, 0));
var_dump(memcache_increment($m, 'wi_a', 1));
var_dump(memcache_increment($m, 'wi_a', 7, 3));
var_dump(memcache_decrement($m, 'wi_a', 1, 0, 100));
// array form: key => int, a failure is named by the normalised key plus a NUL (QUIRK §4.8)
echo json_encode($m->increment(['wi_x', 'wi y', 'wi_z'], 2)), "\n";
var_dump($m->decrement('wi_missing'));
// a 64-bit counter above PHP_INT_MAX is reinterpreted as signed
var_dump($m->increment('wi_big'));
$m->close();
bin_dump(bin_server_finish($srv));
?>
--EXPECT--
int(1)
int(15)
int(12)
int(0)
int(13)
int(20)
int(19)
{"wi_x":21,"wi_y\u0000":false,"wi_z":22}
bool(false)
int(-1)
req 0.0: magic=80 INCREMENT(05) keylen=4 extlen=20 type=0 vb=0 bodylen=24 opaque=0 cas=0 extras=00000000000000010000000000000000ffffffff key="wi_a"
req 1.0: magic=80 INCREMENT(05) keylen=4 extlen=20 type=0 vb=0 bodylen=24 opaque=0 cas=0 extras=0000000000000005000000000000000a0000003c key="wi_b"
req 2.0: magic=80 DECREMENT(06) keylen=4 extlen=20 type=0 vb=0 bodylen=24 opaque=0 cas=0 extras=00000000000000030000000000000000ffffffff key="wi_a"
req 3.0: magic=80 DECREMENT(06) keylen=4 extlen=20 type=0 vb=0 bodylen=24 opaque=0 cas=0 extras=0000000000000002000000000000000000000000 key="wi_a"
req 4.0: magic=80 INCREMENT(05) keylen=4 extlen=20 type=0 vb=0 bodylen=24 opaque=0 cas=0 extras=00000000000000010000000000000000ffffffff key="wi_a"
req 5.0: magic=80 INCREMENT(05) keylen=4 extlen=20 type=0 vb=0 bodylen=24 opaque=0 cas=0 extras=0000000000000007000000000000000300000000 key="wi_a"
req 6.0: magic=80 DECREMENT(06) keylen=4 extlen=20 type=0 vb=0 bodylen=24 opaque=0 cas=0 extras=0000000000000001000000000000000000000064 key="wi_a"
req 7.0: magic=80 INCREMENT(05) keylen=4 extlen=20 type=0 vb=0 bodylen=24 opaque=0 cas=0 extras=00000000000000020000000000000000ffffffff key="wi_x"
req 7.1: magic=80 INCREMENT(05) keylen=4 extlen=20 type=0 vb=0 bodylen=24 opaque=0 cas=0 extras=00000000000000020000000000000000ffffffff key="wi_y"
req 7.2: magic=80 INCREMENT(05) keylen=4 extlen=20 type=0 vb=0 bodylen=24 opaque=0 cas=0 extras=00000000000000020000000000000000ffffffff key="wi_z"
req 8.0: magic=80 DECREMENT(06) keylen=10 extlen=20 type=0 vb=0 bodylen=30 opaque=0 cas=0 extras=00000000000000010000000000000000ffffffff key="wi_missing"
req 9.0: magic=80 INCREMENT(05) keylen=6 extlen=20 type=0 vb=0 bodylen=26 opaque=0 cas=0 extras=00000000000000010000000000000000ffffffff key="wi_big"
