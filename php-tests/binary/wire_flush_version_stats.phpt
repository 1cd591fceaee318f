--TEST--
binary flush/version/stats wire bytes: FLUSH (0x08) without the delay, VERSION (0x0B) returns the body, stats send a NOOP (0x0A) and give false (§4.10-§4.12, §7.4)
--DESCRIPTION--
A scripted binary server records the requests. flush() and flush($delay) both send a bare FLUSH: the binary
protocol ignores the delay. getVersion() returns the response body as it is. getStats() of any valid type sends
a NOOP and returns false; getExtendedStats() maps the server to false. An invalid stats type is refused with
the usual warning before anything is sent.
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
    bin_res(0x08), bin_res(0x08), bin_res(0x0B, 0, '1.6.99-fake'),
    bin_res(0x0A), bin_res(0x0A), bin_res(0x0A),
]);
$m = new MemcachePool;
$m->addServer('127.0.0.1', $srv['port'], 0, false);
var_dump($m->flush());
var_dump($m->flush(30));
var_dump($m->getVersion());
var_dump($m->getStats());
var_dump($m->getStats('items'));
var_dump($m->getExtendedStats('cachedump', 1, 10));
var_dump($m->getStats('bogus'));
var_dump($m->getServerStatus('127.0.0.1', $srv['port']));
$m->close();
bin_dump(bin_server_finish($srv));
?>
--EXPECTF--
bool(true)
bool(true)
string(11) "1.6.99-fake"
bool(false)
bool(false)
array(1) {
  ["127.0.0.1:%d"]=>
  bool(false)
}

Warning: MemcachePool::getstats(): Invalid stats type in %s on line %d
bool(false)
int(1)
req 0.0: magic=80 FLUSH(08) keylen=0 extlen=0 type=0 vb=0 bodylen=0 opaque=0 cas=0
req 1.0: magic=80 FLUSH(08) keylen=0 extlen=0 type=0 vb=0 bodylen=0 opaque=0 cas=0
req 2.0: magic=80 VERSION(0b) keylen=0 extlen=0 type=0 vb=0 bodylen=0 opaque=0 cas=0
req 3.0: magic=80 NOOP(0a) keylen=0 extlen=0 type=0 vb=0 bodylen=0 opaque=0 cas=0
req 4.0: magic=80 NOOP(0a) keylen=0 extlen=0 type=0 vb=0 bodylen=0 opaque=0 cas=0
req 5.0: magic=80 NOOP(0a) keylen=0 extlen=0 type=0 vb=0 bodylen=0 opaque=0 cas=0
