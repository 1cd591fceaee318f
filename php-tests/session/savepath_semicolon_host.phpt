--TEST--
session save path: with "tcp://A:P;tcp://B" the one server is named "A:P;tcp" with port 0 (as PHP's URL parser splits it)
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
session.save_handler=memcache
session.use_cookies=0
session.cache_limiter=
memcache.compress_threshold=0
--FILE--
<?php
// Observed with the C extension (8.0); the spec (§8.1) only says that such a list is one server.
// parse_url("tcp://127.0.0.1:11211;tcp://h:p") gives host "127.0.0.1:11211;tcp" and no port, so the server is
// "127.0.0.1:11211;tcp" with TCP port 0 (PHP's socket layer then takes the port from the text after the
// host's last ':' and the connection still reaches 127.0.0.1:11211). The name shows in the one notice the
// session pool emits: a per-request error, here an item too large for memcached (compression is off).
ob_start();
require __DIR__ . '/../config.inc';
ini_set('session.save_path', "tcp://$host:$port;tcp://$host:$port2");
session_id('sess-semicolon-host');
var_dump(session_start());
$_SESSION['big'] = str_repeat('x', 2 * 1024 * 1024);
var_dump(session_write_close());
// memcached's reason is protocol-specific: "SERVER_ERROR object too large for cache" (ASCII), "Too large." (binary).
$reason = $protocol === 'binary' ? 'Too large.' : 'SERVER_ERROR object too large for cache';
echo str_replace(["$host:$port;", "with: $reason ("], ['A;', 'with: TOO_LARGE ('], ob_get_clean());
?>
--EXPECTF--
bool(true)

Notice: session_write_close(): Server A;tcp (tcp 0, udp 0) failed with: TOO_LARGE (3) in %s on line %d

Warning: session_write_close(): Failed to write session data (memcache). Please verify that the current setting of session.save_path is correct (tcp://A;tcp://%s:%d) in %s on line %d
bool(true)
