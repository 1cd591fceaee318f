--TEST--
Issue 15, kept: getStats('cachedump') without a slab id gives memcached's CLIENT_ERROR as a notice and false at once (the reference waits out the timeout)
--DESCRIPTION--
Reference bug not copied (README: "a CLIENT_ERROR answer to a stats request is reported at once"). memcached
answers "stats cachedump" without a slab id with a single CLIENT_ERROR line and no END; the reference waits
for END until the timeout and marks the server failed. We report the CLIENT_ERROR at once as a per-request
error (spec §7.3): a notice, false, and the server stays up. Against the suite's real memcached.
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--INI--
; ASCII only: the binary protocol has no stats (§4.12)
memcache.protocol=ascii
--FILE--
<?php
require __DIR__ . '/../config.inc';
ob_start(function ($out) use ($port) { return str_replace("tcp $port,", 'tcp PORT,', $out); });
$m = new MemcachePool;
$m->addServer($host, $port, 0, false, 1, 2.0);
$t = microtime(true);
var_dump($m->getStats('cachedump'));
var_dump(microtime(true) - $t < 1.0, $m->getServerStatus($host, $port));
var_dump(is_array($m->getStats()));
?>
--EXPECTF--
Notice: MemcachePool::getstats(): Server 127.0.0.1 (tcp PORT, udp 0) failed with: CLIENT_ERROR %s (6) in %s on line %d
bool(false)
bool(true)
int(1)
bool(true)
