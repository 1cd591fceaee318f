--TEST--
session destroy: deletes the session key and its lock on every chain server; a session that was never written destroys fine
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
session.save_handler=memcache
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
// Spec §8.6: delete <key> and <key>.lock on each chain server; not-found counts as success.
ob_start();
require __DIR__ . '/../config.inc';
require __DIR__ . '/session.inc';
$servers = ["$host:$port", "$host:$port2"];
$show = function (string $id) use ($servers) {
    foreach ($servers as $i => $s) echo " s$i=", session_raw_show($s, $id), "/", session_raw_show($s, "$id.lock");
    echo "\n";
};
ini_set('session.save_path', "tcp://$host:$port, tcp://$host:$port2");
$id = 'sess-destroy';
session_raw_cleanup($servers, $id);
session_id($id);
session_start();
$_SESSION['d'] = 1;
session_write_close();
echo "written:  "; $show($id);
session_id($id);
session_start();
var_dump(session_destroy());
echo "destroyed:"; $show($id);
var_dump(session_status() === PHP_SESSION_NONE);

$id = 'sess-destroy-never-written';
session_raw_cleanup($servers, $id);
session_id($id);
session_start();
var_dump(session_destroy());
echo "never:    "; $show($id);
?>
--EXPECT--
written:   s0='d|i:1;'/flags=768 '0' s1='d|i:1;'/flags=768 '0'
bool(true)
destroyed: s0=MISS/MISS s1=MISS/MISS
bool(true)
bool(true)
never:     s0=MISS/MISS s1=MISS/MISS
