--TEST--
session save path: a URL without a port gives an unusable server: session_start() succeeds with empty data, the write fails
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
session.save_handler=memcache
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
// Spec §8.1: the port is 0, so the server cannot be reached. The read skips it (empty session, success); the
// write fails, and PHP warns "Failed to write session data (memcache)". No memcache notice is emitted: the
// session pool has no failure notices. session_destroy() fails as well.
ob_start();
require __DIR__ . '/../config.inc';
foreach (["tcp://$host", "tcp://$host:0"] as $i => $path) {
    echo "-- ", str_replace($host, 'HOST', $path), "\n";
    ini_set('session.save_path', $path);
    session_id("sess-noport-$i");
    var_dump(session_start(), $_SESSION);
    $_SESSION['x'] = 1;
    var_dump(session_write_close());
    session_id("sess-noport-$i");
    var_dump(session_start(), $_SESSION);
    var_dump(session_destroy());
}
?>
--EXPECTF--
-- tcp://HOST
bool(true)
array(0) {
}

Warning: session_write_close(): Failed to write session data (memcache). Please verify that the current setting of session.save_path is correct (tcp://%s) in %s on line %d
bool(true)
bool(true)
array(0) {
}

Warning: session_destroy(): Session object destruction failed in %s on line %d
bool(false)
-- tcp://HOST:0
bool(true)
array(0) {
}

Warning: session_write_close(): Failed to write session data (memcache). Please verify that the current setting of session.save_path is correct (tcp://%s:0) in %s on line %d
bool(true)
bool(true)
array(0) {
}

Warning: session_destroy(): Session object destruction failed in %s on line %d
bool(false)
