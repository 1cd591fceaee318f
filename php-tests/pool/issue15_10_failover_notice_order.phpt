--TEST--
Issue 15 item 10: a server that fails during a request is reported after its requests have failed over
--DESCRIPTION--
Binary protocol, a live server and a refusing one. prepend() of a missing key gets NOT_STORED from the live
server, which the binary protocol treats as a server failure; the request fails over to the refusing server.
The reference fails a server's requests over (connecting to the next server at once) before it reports the
failure, so the refusing server's notice comes first, then the live server's. A server that refuses the
connection is reported before its request moves on (the second part). Expected output recorded from
pecl/memcache 8.2 (PHP 8.4).
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--INI--
memcache.protocol=binary
--FILE--
<?php
require __DIR__ . '/../config.inc';
ob_start(function ($out) use ($port, $refused_port) {
    return str_replace(["tcp $refused_port,", "tcp $port,"], ['tcp REFUSED,', 'tcp PORT,'], $out);
});
$m = new MemcachePool;
$m->addServer($host, $port, 0, false);
$m->addServer($host, $refused_port, 0, false);
for ($i = 0; $m->findServer("i15_10_$i") !== "$host:$port"; $i++);
$k = "i15_10_$i";
$m->delete($k);
var_dump($m->prepend($k, 'x'));
var_dump($m->getServerStatus($host, $port), $m->getServerStatus($host, $refused_port));
echo "-- the refusing server first in the chain\n";
$m = new MemcachePool;
$m->addServer($host, $port, 0, false);
$m->addServer($host, $refused_port, 0, false);
for ($i = 0; $m->findServer("i15_10_$i") !== "$host:$refused_port"; $i++);
$k = "i15_10_$i";
var_dump($m->prepend($k, 'x'));
var_dump($m->getServerStatus($host, $port), $m->getServerStatus($host, $refused_port));
?>
--EXPECTF--
Notice: MemcachePool::prepend(): Server 127.0.0.1 (tcp REFUSED, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d

Notice: MemcachePool::prepend(): Server 127.0.0.1 (tcp PORT, udp 0) failed with: Not stored. (0) in %s on line %d
bool(false)
int(0)
int(0)
-- the refusing server first in the chain

Notice: MemcachePool::prepend(): Server 127.0.0.1 (tcp REFUSED, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d

Notice: MemcachePool::prepend(): Server 127.0.0.1 (tcp PORT, udp 0) failed with: Not stored. (0) in %s on line %d
bool(false)
int(0)
int(0)
