--TEST--
session lock: a request that ends without writing its session (exception, fatal error, session_abort()) leaves no lock behind
--DESCRIPTION--
Beyond the reference. On an uncaught exception or a fatal error PHP still writes the session at shutdown,
which releases the lock with both extensions. After session_abort() nothing is written: the C extension
leaves the lock in place, so the next request for that session waits until the lock expires
(memcache.lock_timeout, 3 s here); we release it when the session closes.
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
require __DIR__ . '/session.inc';
$cmd = session_php_command();
if ($cmd === null) die("no php command\n");
$path = "tcp://$host:$port";
$script = sys_get_temp_dir() . '/lock_released_' . getmypid() . '.php';
file_put_contents($script, '<?php
ini_set("session.save_handler", "memcache");
ini_set("session.save_path", $argv[2]);
ini_set("session.use_cookies", 0);
ini_set("memcache.lock_timeout", 3);
session_id($argv[3]);
$t = microtime(true);
session_start();
$waited = microtime(true) - $t;
if ($argv[1] === "probe") { echo $waited < 1.0 ? "no wait" : sprintf("waited %.1f s", $waited), "\n"; exit; }
$_SESSION["x"] = 1;
if ($argv[1] === "exception") throw new Exception("boom");
if ($argv[1] === "fatal") { $a = str_repeat("x", 200 * 1024 * 1024); }
if ($argv[1] === "abort") session_abort();
');
register_shutdown_function(function () use ($script) { @unlink($script); });
foreach (['exception', 'fatal', 'abort'] as $mode) {
    $id = "sess-released-$mode-" . getmypid();
    $run = function (string $what) use ($cmd, $script, $path, $id) {
        $args = array_merge($cmd, ['-d', 'memory_limit=64M', $script, $what, $path, $id]);
        $p = proc_open($args, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        $out = stream_get_contents($pipes[1]);
        stream_get_contents($pipes[2]);
        proc_close($p);
        return trim($out);
    };
    $run($mode);
    echo "$mode: ", $run('probe'), "\n";
}
?>
--EXPECT--
exception: no wait
fatal: no wait
abort: no wait
