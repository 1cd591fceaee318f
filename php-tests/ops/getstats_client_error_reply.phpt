--TEST--
A stats reply of only "CLIENT_ERROR …": a notice (6) and false at once, the server stays up (the reference waits for END and times out)
--DESCRIPTION--
memcached 1.6 answers "stats cachedump" (slab id 0, so no arguments are sent) with a single CLIENT_ERROR line and
no END. The C reference (8.0 oracle) keeps waiting for END until the timeout, marks the server failed, and returns
the line parsed as a stats entry. We deliberately fix that: a CLIENT_ERROR is a per-request error (spec §7.3), so
the call reports it at once, returns false and leaves the server usable.
--INI--
error_reporting=E_ALL
; ASCII only: the binary protocol has no stats (§4.12; ../binary/stats_false.phpt)
memcache.protocol=ascii
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/../failure/fake_server.inc';
$srv = fake_server_start(["CLIENT_ERROR bad command line format\r\n"]);
$m = new Memcache;
var_dump($m->connect('127.0.0.1', $srv['port'], 0.5));
$t = microtime(true);
$r = $m->getStats('cachedump');
$elapsed = microtime(true) - $t;
var_dump($elapsed < 0.4);
var_dump($r);
var_dump($m->getServerStatus('127.0.0.1', $srv['port']));
$m->close();
fake_server_dump(fake_server_finish($srv));
?>
--EXPECTF--
bool(true)

Notice: MemcachePool::getstats(): Server 127.0.0.1 (tcp %d, udp 0) failed with: CLIENT_ERROR bad command line format (6) in %s on line %d
bool(true)
bool(false)
int(1)
req 0: stats cachedump\r\n
