--TEST--
session save path: an entry without a host (as PHP's URL parser sees it) makes open() fail with "Failed to initialize storage module"
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
session.save_handler=memcache
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
// Spec §8.1: a URL with no host makes open() fail silently; PHP then warns. Entries are parsed like
// parse_url() does: a bare "127.0.0.1" or "a:b" has a path but no host. One bad entry fails the whole list,
// even after good ones. None of these is a parse error (no "Failed to parse" warning).
ob_start();
require __DIR__ . '/../config.inc';
$paths = [$host, 'tcp:', 'http:', 'a:b', 'x:1:2', "$host:$port:5", '::', '[', ';', "tcp://$host:$port, $host",
          "$host $host:$port"];
foreach ($paths as $i => $path) {
    ini_set('session.save_path', $path);
    session_id("sess-nohost-$i");
    $r = session_start();
    echo "start=", var_export($r, true), "\n";
    if ($r) session_abort();   // keeps the remaining cases meaningful if open() wrongly succeeded
}
?>
--EXPECTF--
Warning: session_start(): Failed to initialize storage module: memcache (path: %s) in %s on line %d
start=false

Warning: session_start(): Failed to initialize storage module: memcache (path: tcp:) in %s on line %d
start=false

Warning: session_start(): Failed to initialize storage module: memcache (path: http:) in %s on line %d
start=false

Warning: session_start(): Failed to initialize storage module: memcache (path: a:b) in %s on line %d
start=false

Warning: session_start(): Failed to initialize storage module: memcache (path: x:1:2) in %s on line %d
start=false

Warning: session_start(): Failed to initialize storage module: memcache (path: %s:%d:5) in %s on line %d
start=false

Warning: session_start(): Failed to initialize storage module: memcache (path: ::) in %s on line %d
start=false

Warning: session_start(): Failed to initialize storage module: memcache (path: [) in %s on line %d
start=false

Warning: session_start(): Failed to initialize storage module: memcache (path: ;) in %s on line %d
start=false

Warning: session_start(): Failed to initialize storage module: memcache (path: tcp://%s:%d, %s) in %s on line %d
start=false

Warning: session_start(): Failed to initialize storage module: memcache (path: %s %s:%d) in %s on line %d
start=false
