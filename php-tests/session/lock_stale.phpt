--TEST--
session lock: a lock that is never released makes session_start() give up after 2 x lock_timeout and succeed with empty data
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
session.save_handler=memcache
session.use_cookies=0
session.cache_limiter=
memcache.lock_timeout=1
--FILE--
<?php
// Spec §8.4 [verified there]: the lock key holds 5 and never expires (stored with exptime 0). Retries sleep
// 5 ms, doubling up to 1 s, within a budget of 2 x lock_timeout = 2 s: 9 attempts (5 ms ... 640 ms = 1.275 s of
// sleep, then a 1 s sleep that ends the budget), so about 2.3 s and the counter bumped from 5 to 14. The
// read then returns an empty session (success) although data exists; the write at close overwrites it and
// sets the lock to 0.
ob_start();
require __DIR__ . '/../config.inc';
require __DIR__ . '/session.inc';
$a = "$host:$port";
$id = 'sess-stale-lock';
session_raw_cleanup([$a], $id);
echo session_raw_cmd($a, "set $id 0 0 8\r\nold|i:1;\r\n"), "\n";
echo session_raw_cmd($a, "set $id.lock 768 0 1\r\n5\r\n"), "\n";
ini_set('session.save_path', "tcp://$a");
session_id($id);
$t = microtime(true);
var_dump(session_start());
$elapsed = microtime(true) - $t;
echo "waited: ", ($elapsed >= 2.2 && $elapsed < 4.0) ? 'about 2.3 s' : sprintf('%.2f s', $elapsed), "\n";
var_dump($_SESSION);
echo "lock: ", session_raw_show($a, "$id.lock"), "\n";
$_SESSION['new'] = 1;
var_dump(session_write_close());
echo "data: ", session_raw_show($a, $id), " lock: ", session_raw_show($a, "$id.lock"), "\n";
session_raw_cleanup([$a], $id);
?>
--EXPECT--
STORED
STORED
bool(true)
waited: about 2.3 s
array(0) {
}
lock: flags=768 '14'
bool(true)
data: 'new|i:1;' lock: flags=768 '0'
