--TEST--
session lock: memcache.session_lock_wait_min/max set the back-off between lock attempts, in milliseconds
--DESCRIPTION--
Beyond the reference (which always waits 5 ms, doubling up to 1 s). The lock key holds 5 and never expires;
with lock_timeout=1 the budget is 2 s. With a fixed wait of 100 ms (min = max = 100) the read makes 20
attempts (each bumps the lock counter) before it gives up and reads an empty session; with the defaults it
makes 9 (see lock_stale.phpt).
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
session.save_handler=memcache
session.use_cookies=0
session.cache_limiter=
memcache.lock_timeout=1
memcache.session_lock_wait_min=100
memcache.session_lock_wait_max=100
--FILE--
<?php
ob_start();
require __DIR__ . '/../config.inc';
require __DIR__ . '/session.inc';
$a = "$host:$port";
$id = 'sess-lock-wait-ini-' . getmypid();
session_raw_cleanup([$a], $id);
echo session_raw_cmd($a, "set $id.lock 768 0 1\r\n5\r\n"), "\n";
ini_set('session.save_path', "tcp://$a");
session_id($id);
$t = microtime(true);
var_dump(session_start());
$elapsed = microtime(true) - $t;
echo ($elapsed >= 1.9 && $elapsed < 3.0) ? "about 2 s" : sprintf("%.2f s", $elapsed), "\n";
echo "lock: ", session_raw_show($a, "$id.lock"), "\n";
session_abort();
var_dump(ini_set('memcache.session_lock_wait_min', '0'), ini_get('memcache.session_lock_wait_min'));
session_raw_cleanup([$a], $id);
?>
--EXPECTF--
STORED
bool(true)
about 2 s
lock: flags=768 '25'

Warning: ini_set(): memcache.session_lock_wait_min must be a positive integer ('0' given) in %s on line %d
bool(false)
string(3) "100"
