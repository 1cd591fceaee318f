--TEST--
session save path: a path with no entry at all ("", " ", ",", or an empty memcache.session_save_path) fails open() (the 8.0 oracle crashes)
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
session.save_handler=memcache
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
// Spec §8.1 QUIRK: the reference crashed in session_start() with an empty memcache.session_save_path; a
// replacement fails like any other unusable path. The Debian 8.0 build also aborts ("stack smashing detected")
// for a session.save_path of "", " " or "," (a pool with no server), so this test fails under the oracle.
// PHP's warning names session.save_path, whatever path the handler used.
ob_start();
require __DIR__ . '/../config.inc';
foreach (['', ' ', ','] as $i => $path) {
    ini_set('session.save_path', $path);
    session_id("sess-empty-$i");
    $r = session_start();
    if ($r) session_abort();
    var_dump($r);
}
ini_set('session.save_path', "$host:$port");
ini_set('memcache.session_save_path', '');
session_id('sess-empty-ini');
$r = session_start();
if ($r) session_abort();
var_dump($r);
?>
--EXPECTF--
Warning: session_start(): Failed to initialize storage module: memcache (path: ) in %s on line %d
bool(false)

Warning: session_start(): Failed to initialize storage module: memcache (path:  ) in %s on line %d
bool(false)

Warning: session_start(): Failed to initialize storage module: memcache (path: ,) in %s on line %d
bool(false)

Warning: session_start(): Failed to initialize storage module: memcache (path: %s:%d) in %s on line %d
bool(false)
