--TEST--
session locking: 50 concurrent processes incrementing a counter in the same session end with the counter at exactly 50
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc';
require __DIR__ . '/session.inc';
if (session_php_command() === null) die('skip cannot tell which extension this test runs under'); ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
// Spec §8.4 / §8.6. Each child (same PHP and extension as this test, session.inc) waits for a common start
// time, then for a random 0-300 ms, opens the session (two servers, session_redundancy 2), reads n, holds
// the session 10 ms, writes n+1 and closes. So most children find the lock taken and wait for it. The
// jitter matters: children that all start at the same instant retry in lock-step (5, 10, 20 ... ms) and
// only one of them gets the lock per round, which no lock_timeout budget of a few seconds can absorb.
// memcache.lock_timeout=5 gives every child a 10 s budget; the whole test takes 1-3 s.
require __DIR__ . '/../config.inc';
require __DIR__ . '/session.inc';
$servers = ["$host:$port", "$host:$port2"];
$id = 'sess-concurrent-50';
session_raw_cleanup($servers, $id);
$code = <<<'CHILD'
[, $id, $at, $path] = $argv;
while (microtime(true) < (float)$at) usleep(1000);
usleep(mt_rand(0, 300000));
ini_set('session.save_handler', 'memcache');
ini_set('session.save_path', $path);
ini_set('session.use_cookies', '0');
ini_set('session.cache_limiter', '');
session_id($id);
if (!session_start()) { echo "start failed\n"; exit(1); }
$n = $_SESSION['n'] ?? 0;
usleep(10000);
$_SESSION['n'] = $n + 1;
echo session_write_close() ? "ok\n" : "write failed\n";
CHILD;
$php = session_php_command();
$at = microtime(true) + 1.5;   // time enough to start every child
$children = [];
for ($i = 0; $i < 50; $i++) {
    $cmd = array_merge($php, ['-d', 'error_reporting=' . (E_ALL & ~E_DEPRECATED), '-d', 'memcache.lock_timeout=5',
                              '-r', $code, $id, (string)$at, "tcp://$host:$port, tcp://$host:$port2"]);
    $children[] = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['redirect', 1]], $pipes);
    $out[$i] = $pipes[1];
}
$results = [];
foreach ($children as $i => $child) {
    $results[] = trim(stream_get_contents($out[$i]));
    fclose($out[$i]);
    proc_close($child);
}
print_r(array_count_values($results));
session_raw_show_all($servers, $id);
session_raw_cleanup($servers, $id);
?>
--EXPECT--
Array
(
    [ok] => 50
)
s0: 'n|i:50;' lock flags=768 '0'
s1: 'n|i:50;' lock flags=768 '0'
