--TEST--
binary delete wire bytes: DELETE (0x04) with no extras, the exptime argument is not sent; "Not found" is false silently (§4.9, §7.4)
--DESCRIPTION--
A scripted binary server records the requests. delete() sends the normalised key and nothing else, also when
an exptime is passed (it is ignored, QUIRK §4.9). Status 1 (not found) gives false without a notice and is not
a server failure. An array key sends one DELETE per key and combines the results into one bool (§3.2).
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
    bin_res(0x04), bin_res(0x04), bin_res(0x04, 1, 'Not found'),
    bin_res(0x04) . bin_res(0x04, 1, 'Not found'),
]);
$m = new MemcachePool;
$m->addServer('127.0.0.1', $srv['port'], 0, false);
var_dump($m->delete('wd_a'));
var_dump($m->delete('wd b', 30));
var_dump(memcache_delete($m, 'wd_c'));
var_dump($m->delete(['wd_d', 'wd_e']));
var_dump($m->getServerStatus('127.0.0.1', $srv['port']));
$m->close();
bin_dump(bin_server_finish($srv));
?>
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(false)
int(1)
req 0.0: magic=80 DELETE(04) keylen=4 extlen=0 type=0 vb=0 bodylen=4 opaque=0 cas=0 key="wd_a"
req 1.0: magic=80 DELETE(04) keylen=4 extlen=0 type=0 vb=0 bodylen=4 opaque=0 cas=0 key="wd_b"
req 2.0: magic=80 DELETE(04) keylen=4 extlen=0 type=0 vb=0 bodylen=4 opaque=0 cas=0 key="wd_c"
req 3.0: magic=80 DELETE(04) keylen=4 extlen=0 type=0 vb=0 bodylen=4 opaque=0 cas=0 key="wd_d"
req 3.1: magic=80 DELETE(04) keylen=4 extlen=0 type=0 vb=0 bodylen=4 opaque=0 cas=0 key="wd_e"
