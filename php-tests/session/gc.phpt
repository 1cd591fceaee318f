--TEST--
session gc: a no-op; session_gc() returns false (no count of deleted sessions) and a gc run at session_start() removes nothing
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
session.save_handler=memcache
session.use_cookies=0
session.cache_limiter=
session.gc_probability=1
session.gc_divisor=1
--FILE--
<?php
// Spec §8.6: gc is a no-op that succeeds. Observed with the C extension (8.0): it reports no number of
// deleted sessions, so session_gc() returns false. A gc run at session_start() (probability 1/1, lifetime
// 1 s) leaves the session alone: memcached's expiry is what removes old sessions.
ob_start();
require __DIR__ . '/../config.inc';
require __DIR__ . '/session.inc';
$a = "$host:$port";
$id = 'sess-gc';
session_raw_cleanup([$a], $id);
ini_set('session.save_path', "tcp://$a");
ini_set('session.gc_maxlifetime', 1000);
session_id($id);
session_start();
$_SESSION['g'] = 1;
var_dump(session_gc());
session_write_close();
ini_set('session.gc_maxlifetime', 1);
session_id($id);
var_dump(session_start(), $_SESSION);
session_abort();
echo session_raw_show($a, $id), "\n";
session_raw_cleanup([$a], $id);
?>
--EXPECT--
bool(false)
bool(true)
array(1) {
  ["g"]=>
  int(1)
}
'g|i:1;'
