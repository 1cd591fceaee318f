--TEST--
A stats reply of only "CLIENT_ERROR …" (e.g. "stats cachedump" without slab id on memcached): oracle parses it as a line, waits for END, times out
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/../failure/fake_server.inc';
// memcached 1.6 answers "stats cachedump" (slab id 0 => no arguments sent) with this single line and no END
$srv = fake_server_start(["CLIENT_ERROR bad command line format\r\n"]);
$m = new Memcache;
var_dump($m->connect('127.0.0.1', $srv['port'], 0.5));
$t = microtime(true);
$r = $m->getStats('cachedump');
$elapsed = microtime(true) - $t;
var_dump($elapsed >= 0.45, $elapsed < 1.0);
// oracle: the generic "name value" line parser keeps the C terminators (key "CLIENT_ERROR\0"), and the partial
// result is returned although the server was failed with a timeout. Not described by the spec.
echo json_encode($r), "\n";
var_dump($m->getServerStatus('127.0.0.1', $srv['port']));
$m->close();
fake_server_dump(fake_server_finish($srv));
?>
--EXPECTF--
bool(true)

Notice: MemcachePool::getstats(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Network timeout (0) in %s on line %d
bool(true)
bool(true)
{"CLIENT_ERROR\u0000":"bad command line format\u0000"}
int(0)
req 0: stats cachedump\r\n
