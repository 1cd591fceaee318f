--TEST--
set() and delete() with an array of keys over two servers that each answer after 300 ms take about 300 ms each, not 600: requests to both servers go out before any reply is read (§3.2, §7.1)
--DESCRIPTION--
Same fake servers as multiget_two_slow_servers_overlap.phpt (delay_server_start() in servers.inc), which also
answer storage commands with STORED and delete with DELETED after 300 ms. Keys are chosen with findServer() so
that each server gets two. Each call must return true in under 0.5 s (sequential I/O takes 0.6 s or more), and
the servers' logs must show every request of a call arriving before the first reply to that call was written.
The C extension 8.0 (the oracle) passes.
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=ascii
memcache.redundancy=1
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/servers.inc';
$s1 = delay_server_start(0.3);
$s2 = delay_server_start(0.3);
$p = new MemcachePool;
$p->addServer('127.0.0.1', $s1['port'], 0, false, 1, 2.0);
$p->addServer('127.0.0.1', $s2['port'], 0, false, 1, 2.0);
$keys = keys_per_server($p, ["127.0.0.1:{$s1['port']}", "127.0.0.1:{$s2['port']}"], 2, 'parallel_store');
$all = array_merge(...array_values($keys));

$t = microtime(true);
var_dump($p->set(array_fill_keys($all, 'value')));
$set_elapsed = microtime(true) - $t;
$t = microtime(true);
var_dump($p->delete($all));
$delete_elapsed = microtime(true) - $t;
echo "set under 0.5 s: ", var_export($set_elapsed < 0.5, true), "\n";
echo "delete under 0.5 s: ", var_export($delete_elapsed < 0.5, true), "\n";
if ($set_elapsed >= 0.5 || $delete_elapsed >= 0.5) printf("set %.3f s, delete %.3f s\n", $set_elapsed, $delete_elapsed);

$p->close();
$log = array_merge(delay_server_finish($s1), delay_server_finish($s2));
foreach (['set', 'delete'] as $cmd) {
    $reqs = array_values(array_filter($log, fn($l) => strncmp($l['line'], "$cmd ", strlen($cmd) + 1) === 0));
    echo "$cmd requests: ", count($reqs), "\n";
    echo "every $cmd request arrived before the first $cmd reply: ",
        var_export(max(array_column($reqs, 'recv')) < min(array_column($reqs, 'sent')), true), "\n";
}
?>
--EXPECT--
bool(true)
bool(true)
set under 0.5 s: true
delete under 0.5 s: true
set requests: 4
every set request arrived before the first set reply: true
delete requests: 4
every delete request arrived before the first delete reply: true
