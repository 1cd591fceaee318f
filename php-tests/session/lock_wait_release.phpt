--TEST--
session lock: session_start() waits while another request holds the lock and reads the data once it is released
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
session.save_handler=memcache
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
// Spec §8.4. The lock holds 1 (another request has the session open). A child process (plain PHP, raw
// socket) releases it after 300 ms the way a write does (set to 0). Retries come after 5, 10, 20, 40, 80 and
// 160 ms (315 ms in all), so the lock is taken at about 0.32 s and the stored data is returned (a slow child
// start moves that to the next retry, 0.64 or 1.28 s, hence the wide bound).
ob_start();
require __DIR__ . '/../config.inc';
require __DIR__ . '/session.inc';
$a = "$host:$port";
$id = 'sess-lock-release';
session_raw_cleanup([$a], $id);
session_raw_cmd($a, "set $id 0 0 8\r\nold|i:7;\r\n");
session_raw_cmd($a, "set $id.lock 768 0 1\r\n1\r\n");
$code = 'usleep(300000); $f = stream_socket_client($argv[1]);'
      . ' fwrite($f, "set " . $argv[2] . ".lock 768 15 1\r\n0\r\n"); echo fgets($f);';
$child = proc_open([PHP_BINARY, '-n', '-r', $code, "tcp://$a", $id], [1 => ['pipe', 'w']], $pipes);
ini_set('session.save_path', "tcp://$a");
session_id($id);
$t = microtime(true);
var_dump(session_start());
$elapsed = microtime(true) - $t;
echo "waited: ", ($elapsed >= 0.28 && $elapsed < 2.5) ? 'until the release' : sprintf('%.2f s', $elapsed), "\n";
var_dump($_SESSION);
echo "lock while open: ", session_raw_show($a, "$id.lock"), "\n";
echo "child: ", stream_get_contents($pipes[1]);
proc_close($child);
session_write_close();
echo "lock after close: ", session_raw_show($a, "$id.lock"), "\n";
session_raw_cleanup([$a], $id);
?>
--EXPECT--
bool(true)
waited: until the release
array(1) {
  ["old"]=>
  int(7)
}
lock while open: flags=768 '1'
child: STORED
lock after close: flags=768 '0'
