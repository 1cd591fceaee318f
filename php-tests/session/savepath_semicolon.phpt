--TEST--
session save path: ';' is not a separator: "tcp://A;tcp://B" is one server (A), and a lone ';' entry has no host
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
session.save_handler=memcache
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
// Spec §8.1 (QUIRK). With the default session_redundancy (2) a real two-server list puts the session on both
// servers; a ';'-joined one reaches only the first server. With a dead first server the write fails, so the
// second URL is not a server at all. "A ; B" has whitespace, so ';' becomes an entry of its own, which has no
// host: open() fails.
ob_start();
require __DIR__ . '/../config.inc';
require __DIR__ . '/session.inc';
$a = "$host:$port";
$b = "$host:$port2";
$paths = [
    'A;B'    => "tcp://$a;tcp://$b",
    'dead;A' => "tcp://$host:$refused_port;tcp://$a",
    'A ; B'  => "tcp://$a ; tcp://$b",
];
foreach ($paths as $name => $path) {
    $id = 'sess-semicolon-' . bin2hex($name);
    session_raw_cleanup([$a, $b], $id);
    ini_set('session.save_path', $path);
    session_id($id);
    echo "-- $name\n";
    $start = session_start();
    echo "start=", var_export($start, true), "\n";
    if (!$start) continue;
    $_SESSION['semi'] = 1;
    session_write_close();
    echo "A=", session_raw_show($a, $id), " B=", session_raw_show($b, $id), "\n";
    session_raw_cleanup([$a, $b], $id);
}
?>
--EXPECTF--
-- A;B
start=true
A='semi|i:1;' B=MISS
-- dead;A
start=true

Warning: session_write_close(): Failed to write session data (memcache). Please verify that the current setting of session.save_path is correct (tcp://%s:%d;tcp://%s:%d) in %s on line %d
A=MISS B=MISS
-- A ; B

Warning: session_start(): Failed to initialize storage module: memcache (path: tcp://%s:%d ; tcp://%s:%d) in %s on line %d
start=false
