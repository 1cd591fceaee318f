--TEST--
A multi-key get over a refused port and a live server fails the refused one at once (< 0.1 s) and still returns the live server's values (§3.3, §4.6)
--DESCRIPTION--
Nothing listens on the refused port, so its connect fails immediately with "Connection refused"; that must
not delay the live server. Keys are chosen with findServer() so that each server gets two; only the live
server's keys are stored (through a separate pool, so the refused server's keys miss after failover too). The
C extension 8.0 (the oracle) passes.
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=ascii
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
require __DIR__ . '/servers.inc';
ob_start(function ($out) use ($refused_port) { return str_replace("tcp $refused_port,", 'tcp REFUSED,', $out); });
$p = new MemcachePool;
$p->addServer($host, $refused_port, 0, false, 1, 1.0);
$p->addServer($host, $port, 0, false, 1, 1.0);
$keys = keys_per_server($p, ["$host:$refused_port", "$host:$port"], 2, 'parallel_refused_' . getmypid());
$live = new MemcachePool;
$live->addServer($host, $port, 0, false);
$expected = [];
foreach ($keys["$host:$port"] as $k) {
    $live->set($k, "val:$k");
    $expected[$k] = "val:$k";
}
ksort($expected);

$t = microtime(true);
$r = $p->get(array_merge(...array_values($keys)));
$elapsed = microtime(true) - $t;
ksort($r);
var_dump($r === $expected);
echo "under 0.1 s: ", var_export($elapsed < 0.1, true), "\n";
if ($elapsed >= 0.1) printf("elapsed %.3f s\n", $elapsed);
var_dump($p->getServerStatus($host, $refused_port), $p->getServerStatus($host, $port));
foreach ($expected as $k => $v) $live->delete($k);
?>
--EXPECTF--
Notice: MemcachePool::get(): Server 127.0.0.1 (tcp REFUSED, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(true)
under 0.1 s: true
int(0)
int(1)
