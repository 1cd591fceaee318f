--TEST--
session wire bytes: read = incr/add lock + get pipelined; write = set with absolute expiry + lock release; written even when unchanged
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; ASCII wire bytes: the protocol is pinned (the suite also runs with -d memcache.protocol=binary and =meta)
memcache.protocol=ascii
error_reporting=E_ALL & ~E_DEPRECATED
session.save_handler=memcache
session.use_cookies=0
session.cache_limiter=
session.gc_maxlifetime=1000
session.lazy_write=1
--FILE--
<?php
// Spec §8.4 / §8.5 / §8.6, ASCII protocol, against a scripted fake server (failure/fake_server.inc).
// Round 1: a new session. The lock add uses exptime memcache.lock_timeout (default 15); the data set uses the
// absolute time time() + session.gc_maxlifetime (printed as T after checking it); the lock is released by
// setting it to the int 0 (flags 768).
// Round 2: an existing session read back unchanged, with memcache.lock_timeout=7 set at runtime and a udp://
// URL (TCP is used: the fake server only listens on TCP). PHP still calls write (the handler has no
// update_timestamp), so the data is set again.
ob_start();
require __DIR__ . '/../failure/fake_server.inc';
function show_requests(array $log, int $t0, int $t1): void {
    foreach ($log as $i => $req) {
        $req = preg_replace_callback('/^(set sess-wire \d+ )(\d+)/m', function ($m) use ($t0, $t1) {
            $ok = $m[2] >= $t0 + 1000 && $m[2] <= $t1 + 1000;
            return $m[1] . ($ok ? 'T' : "$m[2] (expected " . ($t0 + 1000) . ')');
        }, $req);
        echo "req $i: ", str_replace(["\r", "\n"], ['\r', '\n'], $req), "\n";
    }
}

$srv = fake_server_start(["NOT_FOUND\r\nSTORED\r\nEND\r\n", "STORED\r\nSTORED\r\n"]);
ini_set('session.save_path', "tcp://127.0.0.1:{$srv['port']}");
session_id('sess-wire');
$t0 = time();
var_dump(session_start(), $_SESSION);
$_SESSION['a'] = 'b';
var_dump(session_write_close());
$t1 = time();
show_requests(fake_server_finish($srv), $t0, $t1);

$srv = fake_server_start(["1\r\nNOT_STORED\r\nVALUE sess-wire 0 10\r\na|s:1:\"b\";\r\nEND\r\n",
                          "STORED\r\nSTORED\r\n"]);
ini_set('session.save_path', "udp://127.0.0.1:{$srv['port']}");
ini_set('memcache.lock_timeout', 7);
session_id('sess-wire');
$t0 = time();
var_dump(session_start(), $_SESSION);
var_dump(session_write_close());
$t1 = time();
show_requests(fake_server_finish($srv), $t0, $t1);
?>
--EXPECT--
bool(true)
array(0) {
}
bool(true)
req 0: incr sess-wire.lock 1\r\nadd sess-wire.lock 768 15 1\r\n1\r\nget sess-wire\r\n
req 1: set sess-wire 0 T 10\r\na|s:1:"b";\r\nset sess-wire.lock 768 15 1\r\n0\r\n
bool(true)
array(1) {
  ["a"]=>
  string(1) "b"
}
bool(true)
req 0: incr sess-wire.lock 1\r\nadd sess-wire.lock 768 7 1\r\n1\r\nget sess-wire\r\n
req 1: set sess-wire 0 T 10\r\na|s:1:"b";\r\nset sess-wire.lock 768 7 1\r\n0\r\n
