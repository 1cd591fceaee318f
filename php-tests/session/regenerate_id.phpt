--TEST--
session_regenerate_id(): the data moves to a new id; with delete_old_session=true the old key and lock are deleted
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
session.save_handler=memcache
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
// Spec §8.6 (PHP's default id creation; destroy deletes both keys). regenerate(false) first writes the
// current data under the old id (which releases its lock), then opens the new id; regenerate(true) destroys
// the old id instead. The new id's data appears at close.
ob_start();
require __DIR__ . '/../config.inc';
require __DIR__ . '/session.inc';
$a = "$host:$port";
ini_set('session.save_path', "tcp://$a");
$old = 'sess-regenerate';
session_raw_cleanup([$a], $old);
session_id($old);
session_start();
$_SESSION['r'] = 1;
session_write_close();

session_id($old);
session_start();
$_SESSION['r'] = 2;
var_dump(session_regenerate_id(false));
$new = session_id();
var_dump($new !== $old, strlen($new));
echo "after regenerate(false): old=", session_raw_show($a, $old), "/", session_raw_show($a, "$old.lock"), "\n";
session_write_close();
echo "closed: new=", session_raw_show($a, $new), "/", session_raw_show($a, "$new.lock"), "\n";

session_id($new);
session_start();
$_SESSION['r'] = 3;
var_dump(session_regenerate_id(true));
$newer = session_id();
var_dump($newer !== $new);
echo "after regenerate(true): previous=", session_raw_show($a, $new), "/", session_raw_show($a, "$new.lock"), "\n";
session_write_close();
echo "closed: newer=", session_raw_show($a, $newer), "/", session_raw_show($a, "$newer.lock"), "\n";
foreach ([$old, $new, $newer] as $id) session_raw_cleanup([$a], $id);
?>
--EXPECT--
bool(true)
bool(true)
int(32)
after regenerate(false): old='r|i:2;'/flags=768 '0'
closed: new='r|i:2;'/flags=768 '0'
bool(true)
bool(true)
after regenerate(true): previous=MISS/MISS
closed: newer='r|i:3;'/flags=768 '0'
