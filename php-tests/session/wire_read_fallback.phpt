--TEST--
session wire bytes: a read that gets the lock but no data on the first chain server locks and reads the second one (8.0 does not)
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
--FILE--
<?php
// Spec §8.4 ("lock acquired, data missing: move on to the next server in the chain") and §8.5 (the write goes
// to every chain server), against two scripted fake servers (failure/fake_server.inc). The server without the
// data must come first in the id's chain (session.inc computes it); the chain depends on the fake servers'
// ports, so the pair is restarted until it does (half of the pairs qualify). The Debian 8.0 build has the
// "session redundancy bug": it never sends the read to the second server and returns an empty session.
ob_start();
require __DIR__ . '/../failure/fake_server.inc';
require __DIR__ . '/session.inc';
$id = 'sess-fallback';
$stop = function (array $srv) { proc_terminate($srv['proc'], 9); fclose($srv['pipes'][1]); proc_close($srv['proc']); };
for ($try = 0; ; $try++) {
    $empty = fake_server_start(["NOT_FOUND\r\nSTORED\r\nEND\r\n", "STORED\r\nSTORED\r\n"]);
    $full = fake_server_start(["NOT_FOUND\r\nSTORED\r\nVALUE $id 0 6\r\na|i:1;\r\nEND\r\n", "STORED\r\nSTORED\r\n"]);
    $servers = ["127.0.0.1:{$empty['port']}", "127.0.0.1:{$full['port']}"];
    if (session_servers_for($servers, $id, 2)[0] === $servers[0]) break;
    $stop($empty);
    $stop($full);
    if ($try === 30) die("no usable pair of fake servers\n");
}
ini_set('session.save_path', "tcp://$servers[0], tcp://$servers[1]");
session_id($id);
var_dump(session_start(), $_SESSION);
var_dump(session_write_close());
$expiry = '/^(set sess-fallback 0 )(\d+)/m';
foreach (['first (no data)' => $empty, 'second (data)' => $full] as $name => $srv) {
    echo "$name:\n";
    foreach (fake_server_finish($srv) as $i => $req) {
        echo "  req $i: ", str_replace(["\r", "\n"], ['\r', '\n'], preg_replace($expiry, '${1}T', $req)), "\n";
    }
}
?>
--EXPECT--
bool(true)
array(1) {
  ["a"]=>
  int(1)
}
bool(true)
first (no data):
  req 0: incr sess-fallback.lock 1\r\nadd sess-fallback.lock 768 15 1\r\n1\r\nget sess-fallback\r\n
  req 1: set sess-fallback 0 T 6\r\na|i:1;\r\nset sess-fallback.lock 768 15 1\r\n0\r\n
second (data):
  req 0: incr sess-fallback.lock 1\r\nadd sess-fallback.lock 768 15 1\r\n1\r\nget sess-fallback\r\n
  req 1: set sess-fallback 0 T 6\r\na|i:1;\r\nset sess-fallback.lock 768 15 1\r\n0\r\n
