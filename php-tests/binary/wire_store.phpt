--TEST--
binary store wire bytes: SET/ADD/REPLACE with 8 bytes of extras (flags, exptime), CAS in the header, APPEND/PREPEND without extras (§4.7, §7.4)
--DESCRIPTION--
A scripted binary server records the requests and answers each with success (or "exists" for the add).
set/add/replace (opcodes 0x01/0x02/0x03) carry flags (with the type bits, §5.2) and exptime (truncated to
unsigned 32 bits: -1 is ffffffff, 2^32 + 100 is 100) as extras; the header CAS is the cas argument, so set() with a 5th argument
sends it too. cas() is a SET with the header CAS. append/prepend (0x0E/0x0F) send no extras: flags are
validated but not sent. A multi-set sends one request per item.
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=binary
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/binary_server.inc';
$ok = fn(int $op) => bin_res($op, 0, '', '', 0, 99);
$srv = bin_server_start([
    $ok(0x01), $ok(0x01), bin_res(0x02, 2, 'Data exists for key.'), $ok(0x03), $ok(0x01), $ok(0x01),
    $ok(0x0E), $ok(0x0F), $ok(0x01) . $ok(0x01),
]);
$m = new MemcachePool;
$m->addServer('127.0.0.1', $srv['port'], 0, false);
var_dump($m->set('ws_a', 'v'));
var_dump($m->set('ws b', 5, MEMCACHE_USER1, -1));
var_dump($m->add('ws_c', true, 0, 100));
var_dump($m->replace('ws_d', 1.5, MEMCACHE_USER2, (1 << 32) + 100));
var_dump($m->set('ws_e', 'v', 0, 0, 1234));
var_dump($m->cas('ws_f', ['x'], 0, 30, 0x123456789));
var_dump($m->append('ws_g', 'tail', MEMCACHE_USER1, 50));
var_dump($m->prepend('ws_h', 'head'));
var_dump($m->set(['ws_i' => 'I', 'ws_j' => 'J'], null, 0, 7));
// reserved flags are refused before anything is sent, for append too
var_dump($m->append('ws_k', 'x', 0x100));
$m->close();
bin_dump(bin_server_finish($srv));
?>
--EXPECTF--
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)

Warning: MemcachePool::append(): The lowest two bytes of the flags array is reserved for pecl/memcache internal use in %s on line %d
bool(false)
req 0.0: magic=80 SET(01) keylen=4 extlen=8 type=0 vb=0 bodylen=13 opaque=0 cas=0 extras=0000000000000000 key="ws_a" value="v"
req 1.0: magic=80 SET(01) keylen=4 extlen=8 type=0 vb=0 bodylen=13 opaque=0 cas=0 extras=00010300ffffffff key="ws_b" value="5"
req 2.0: magic=80 ADD(02) keylen=4 extlen=8 type=0 vb=0 bodylen=13 opaque=0 cas=0 extras=0000010000000064 key="ws_c" value="1"
req 3.0: magic=80 REPLACE(03) keylen=4 extlen=8 type=0 vb=0 bodylen=15 opaque=0 cas=0 extras=0002070000000064 key="ws_d" value="1.5"
req 4.0: magic=80 SET(01) keylen=4 extlen=8 type=0 vb=0 bodylen=13 opaque=0 cas=1234 extras=0000000000000000 key="ws_e" value="v"
req 5.0: magic=80 SET(01) keylen=4 extlen=8 type=0 vb=0 bodylen=30 opaque=0 cas=4886718345 extras=000000010000001e key="ws_f" value="a:1:{i:0;s:1:\"x\";}"
req 6.0: magic=80 APPEND(0e) keylen=4 extlen=0 type=0 vb=0 bodylen=8 opaque=0 cas=0 key="ws_g" value="tail"
req 7.0: magic=80 PREPEND(0f) keylen=4 extlen=0 type=0 vb=0 bodylen=8 opaque=0 cas=0 key="ws_h" value="head"
req 8.0: magic=80 SET(01) keylen=4 extlen=8 type=0 vb=0 bodylen=13 opaque=0 cas=0 extras=0000000000000007 key="ws_i" value="I"
req 8.1: magic=80 SET(01) keylen=4 extlen=8 type=0 vb=0 bodylen=13 opaque=0 cas=0 extras=0000000000000007 key="ws_j" value="J"
