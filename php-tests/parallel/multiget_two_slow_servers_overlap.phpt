--TEST--
A multi-key get over two servers that each answer after 300 ms takes about 300 ms, not 600: the request is written to both before any reply is read (§6.2, §7.1)
--DESCRIPTION--
Two fake ASCII servers (delay_server_start() in servers.inc) each hold their reply 300 ms after a request
arrives. Keys are chosen with findServer() so that each server gets two. The get must return all four values
in under 0.5 s (sequential I/O takes 0.6 s or more) and at least 0.29 s (the replies really were waited for).
The servers log when each request arrived and when its reply was written: every request must arrive before
any reply is written, which is the ordering itself and holds however loaded the machine is.
The C extension 8.0 (the oracle) passes.
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=ascii
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/servers.inc';
$s1 = delay_server_start(0.3);
$s2 = delay_server_start(0.3);
$names = ["127.0.0.1:{$s1['port']}", "127.0.0.1:{$s2['port']}"];
$p = new MemcachePool;
$p->addServer('127.0.0.1', $s1['port'], 0, false, 1, 2.0);
$p->addServer('127.0.0.1', $s2['port'], 0, false, 1, 2.0);
$keys = keys_per_server($p, $names, 2, 'parallel_slow');
$all = array_merge(...array_values($keys));

$t = microtime(true);
$r = $p->get($all);
$elapsed = microtime(true) - $t;
ksort($r);
$expected = [];
foreach ($all as $k) $expected[$k] = "v:$k";
ksort($expected);
var_dump($r === $expected);
echo "at least 0.29 s: ", var_export($elapsed >= 0.29, true), "\n";
echo "under 0.5 s: ", var_export($elapsed < 0.5, true), "\n";
if ($elapsed >= 0.5) printf("elapsed %.3f s\n", $elapsed);

$p->close();
$log = array_merge(delay_server_finish($s1), delay_server_finish($s2));
echo "requests: ", count($log), "\n";
$last_arrival = max(array_column($log, 'recv'));
$first_reply = min(array_column($log, 'sent'));
echo "every request arrived before the first reply: ", var_export($last_arrival < $first_reply, true), "\n";
?>
--EXPECT--
bool(true)
at least 0.29 s: true
under 0.5 s: true
requests: 2
every request arrived before the first reply: true
