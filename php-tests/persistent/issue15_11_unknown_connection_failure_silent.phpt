--TEST--
Issue 15 item 11: a failure on a reused persistent connection ("unknown" state) is not a server failure: silent, and the request fails over
--DESCRIPTION--
Binary protocol. A persistent connection taken from the registry by another pool (here a second pconnect())
is in the "unknown" state for the rest of the request, until it is reconnected. A failure on it, even a server
reply such as NOT_STORED to a prepend() of a missing key, is retried silently, as in the reference: the
connection is dropped, the server is not marked failed and no notice is printed, and the request moves on to
the next server of its chain. Once reconnected, the connection is "connected" and the next failure is an
ordinary one. The first part is the issue's own script; its expected output is pecl/memcache 8.2's (PHP 8.4).
In the second part the reference differs on purpose: once the request has failed over to the refusing server
and every server of the pool has failed it, the reference sends it a second time to the first one (now
reconnected), which answers NOT_STORED again and gets marked failed (a notice with a garbage message, status 0).
That second attempt is the one issue 15 item 9 says not to copy (a failover skips the servers a request has
already failed on, spec §6.4; README, reference bugs not copied), so here the server stays up (status 1).
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--INI--
memcache.protocol=binary
--FILE--
<?php
require __DIR__ . '/../config.inc';
ob_start(function ($out) use ($port, $port2, $refused_port) {
    return str_replace(["tcp $refused_port,", "tcp $port2,", "tcp $port,"], ['tcp REFUSED,', 'tcp PORT2,', 'tcp PORT,'], $out);
});
$a = memcache_pconnect($host, $port);
$a->addServer('', $port, true, 3);
$b = memcache_pconnect($host, $port, 0.5);
var_dump(@$a->prepend('0', false), $a->getServerStatus($host, $port));
echo "-- a refusing second server; a get on the reused connection first\n";
$a = memcache_pconnect($host, $port2);
$a->addServer($host, $refused_port);
for ($i = 0; $a->findServer("i15_11_$i") !== "$host:$port2"; $i++);
$k = "i15_11_$i";
$a->delete($k);
$b = memcache_pconnect($host, $port2);
var_dump($a->get($k));
var_dump($a->prepend($k, 'x'), $a->getServerStatus($host, $port2), $a->getServerStatus($host, $refused_port));
echo "-- reconnected: an ordinary failure\n";
var_dump($a->prepend($k, 'x'), $a->getServerStatus($host, $port2));
?>
--EXPECTF--
bool(false)
int(1)
-- a refusing second server; a get on the reused connection first
bool(false)

Notice: MemcachePool::prepend(): Server 127.0.0.1 (tcp REFUSED, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(false)
int(1)
int(0)
-- reconnected: an ordinary failure

Notice: MemcachePool::prepend(): Server 127.0.0.1 (tcp PORT2, udp 0) failed with: Not stored. (0) in %s on line %d
bool(false)
int(0)
