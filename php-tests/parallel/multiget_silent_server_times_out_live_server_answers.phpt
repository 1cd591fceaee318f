--TEST--
A multi-key get over a silent server (timeout 0.5 s) and a live one: the silent server fails after about 0.5 s and the live server's values still come back (§6.2, §4.6)
--DESCRIPTION--
The silent server is a listener that is never accepted (the kernel completes the handshake, nobody answers).
Keys are chosen with findServer() so that each server gets two; only the live server's keys are stored (through
a separate pool, so the silent server's keys miss after failover too). The get takes at least 0.45 s and less
than 0.8 s (timeout + 0.3), raises one "Network timeout" notice for the silent server, and returns exactly the
live server's two values. A second get skips the failed server at once. The C extension 8.0 (the oracle) passes.
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
[$listener, $silent] = silent_listener();
ob_start(function ($out) use ($silent) { return str_replace("tcp $silent,", 'tcp SILENT,', $out); });
$p = new MemcachePool;
$p->addServer($host, $silent, 0, false, 1, 0.5);
$p->addServer($host, $port, 0, false, 1, 1.0);
$keys = keys_per_server($p, ["$host:$silent", "$host:$port"], 2, 'parallel_silent_' . getmypid());
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
echo "at least 0.45 s: ", var_export($elapsed >= 0.45, true), "\n";
echo "under 0.8 s: ", var_export($elapsed < 0.8, true), "\n";
if ($elapsed >= 0.8) printf("elapsed %.3f s\n", $elapsed);

$t = microtime(true);
$r = $p->get(array_merge(...array_values($keys)));
$elapsed = microtime(true) - $t;
ksort($r);
var_dump($r === $expected, $elapsed < 0.1, $p->getServerStatus($host, $silent), $p->getServerStatus($host, $port));
foreach ($expected as $k => $v) $live->delete($k);
fclose($listener);
?>
--EXPECTF--
Notice: MemcachePool::get(): Server 127.0.0.1 (tcp SILENT, udp 0) failed with: Network timeout (0) in %s on line %d
bool(true)
at least 0.45 s: true
under 0.8 s: true
bool(true)
bool(true)
int(0)
int(1)
