--TEST--
session keys: key = memcache.session_prefix_static_key + id (memcache.prefix_static_key is not used), lock key = key + ".lock"; a runtime ini_set() of the prefix has no effect
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
session.save_handler=memcache
session.use_cookies=0
session.cache_limiter=
memcache.session_prefix_static_key=sess_pfx_
memcache.prefix_static_key=user_pfx_
--FILE--
<?php
// Spec §8.2: the session prefix comes from the memcache.session_prefix_* settings only (not from the userland
// memcache.prefix_* ones). It is computed at request startup, so the --INI-- value is used and a later
// ini_set() is not. While the session is open its lock holds 1; the write at close stores the data (flags 0)
// and sets the lock to the int 0 (flags 0x300 = 768).
ob_start();
require __DIR__ . '/../config.inc';
require __DIR__ . '/session.inc';
$a = "$host:$port";
$id = 'sess-prefix-static';
session_raw_cleanup([$a], "sess_pfx_$id");
session_raw_cleanup([$a], "runtime_$id");
var_dump(ini_set('memcache.session_prefix_static_key', 'runtime_'));
ini_set('session.save_path', "tcp://$a");
session_id($id);
session_start();
// (Only the lock's value while open: a new lock has flags 768 over ASCII, where "add" creates it, but 0 over the
// binary protocol, where the increment creates it.)
$lock = session_raw_get($a, "sess_pfx_$id.lock");
echo "open:   key=", session_raw_show($a, "sess_pfx_$id"), " lock=", var_export($lock[1] ?? 'MISS', true), "\n";
$_SESSION['k'] = 'v';
session_write_close();
echo "closed: key=", session_raw_show($a, "sess_pfx_$id"), " lock=", session_raw_show($a, "sess_pfx_$id.lock"), "\n";
echo "plain id: ", session_raw_show($a, $id), ", runtime prefix: ", session_raw_show($a, "runtime_$id"), "\n";
session_id($id);
session_start();
var_dump($_SESSION);
session_destroy();
echo "destroyed: key=", session_raw_show($a, "sess_pfx_$id"), " lock=", session_raw_show($a, "sess_pfx_$id.lock"), "\n";
?>
--EXPECT--
string(9) "sess_pfx_"
open:   key=MISS lock='1'
closed: key='k|s:1:"v";' lock=flags=768 '0'
plain id: MISS, runtime prefix: MISS
array(1) {
  ["k"]=>
  string(1) "v"
}
destroyed: key=MISS lock=MISS
