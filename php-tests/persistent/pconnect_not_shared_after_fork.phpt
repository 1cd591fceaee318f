--TEST--
After pcntl_fork() the child never uses the parent's persistent socket: it opens its own, and both processes work at the same time without mixing replies (§6.3)
--DESCRIPTION--
The parent pconnects to a private memcached and does a set. The child then uses the parent's Memcache object
and a new pconnect to the same server: both must go through one new connection of the child's own
(memcached's curr_connections grows by exactly 1, total_connections by 2 with the `stats` probe). Then parent
and child each do 300 set+get pairs concurrently on their pools; a shared socket would mix the replies (the
C extension 8.0, the oracle, shares it: the parent then gets "failed with: VALUE …" notices and wrong
results, so the oracle FAILS this test). Finally the child exits normally and the parent's connection still
works without a notice (the child must not close or shut down the parent's socket at exit). The child reports
through a socket pair, so all output comes from the parent in a fixed order.
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--SKIPIF--
<?php
if (!extension_loaded('memcache')) die('skip memcache extension not loaded');
if (!extension_loaded('pcntl')) die('skip pcntl not available');
require __DIR__ . '/procs.inc';
if (memcached_binary() === null) die('skip memcached binary not found');
?>
--FILE--
<?php
require __DIR__ . '/procs.inc';
$mc = memcached_start() or die("could not start memcached\n");
$port = $mc['port'];
$m = new Memcache;
var_dump($m->pconnect('127.0.0.1', $port), $m->set('fork_parent', 'p'));
$before = raw_stats($port);
[$to_child, $to_parent] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
$pid = pcntl_fork();
if ($pid === -1) die("fork failed\n");
if ($pid === 0) {
    // the child: everything it has to say goes through the socket pair
    fclose($to_child);
    $r = [];
    $r['same object get'] = $m->get('fork_parent');
    $r['same object set'] = $m->set('fork_child', 'c');
    $m2 = new Memcache;
    $r['new pconnect'] = $m2->pconnect('127.0.0.1', $port);
    $r['new pconnect get'] = $m2->get('fork_child');
    $after = raw_stats($port);
    $r['curr_connections growth'] = $after['curr_connections'] - $before['curr_connections'];
    $r['total_connections growth'] = $after['total_connections'] - $before['total_connections'];
    fwrite($to_parent, json_encode($r) . "\n");
    fgets($to_parent);   // wait for "go"
    $bad = 0;
    for ($i = 0; $i < 300; $i++) {
        $pool = $i % 2 ? $m : $m2;
        if ($pool->set('fork_child', "c$i") !== true || $pool->get('fork_child') !== "c$i") $bad++;
    }
    fwrite($to_parent, "child mismatches: $bad\n");
    exit(0);
}
fclose($to_parent);
foreach (json_decode((string)fgets($to_child), true) ?? ['child' => 'no report'] as $k => $v) {
    echo "child $k: ", var_export($v, true), "\n";
}
fwrite($to_child, "go\n");
$bad = 0;
for ($i = 0; $i < 300; $i++) {
    if ($m->set('fork_parent', "p$i") !== true || $m->get('fork_parent') !== "p$i") $bad++;
}
echo "parent mismatches: $bad\n";
echo fgets($to_child);
pcntl_waitpid($pid, $status);
var_dump(pcntl_wifexited($status) && pcntl_wexitstatus($status) === 0);
// the child has exited: the parent's socket is intact
var_dump($m->set('fork_parent', 'last'), $m->get('fork_parent'));
$m3 = new Memcache;
var_dump($m3->pconnect('127.0.0.1', $port), $m3->get('fork_parent'));
?>
--EXPECT--
bool(true)
bool(true)
child same object get: 'p'
child same object set: true
child new pconnect: true
child new pconnect get: 'c'
child curr_connections growth: 1
child total_connections growth: 2
parent mismatches: 0
child mismatches: 0
bool(true)
bool(true)
string(4) "last"
bool(true)
string(4) "last"
