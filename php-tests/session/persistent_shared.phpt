--TEST--
session persistent=1: session servers share PHP's persistent connection list with userland pconnect()
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc';
if (trim((string)shell_exec('command -v memcached')) === '') die('skip memcached binary not found'); ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
session.save_handler=memcache
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
// Spec §8.1 / §6.3. Connections are counted with memcached's total_connections on two private daemons (a
// shared one could see other tests' connections). A persistent session server reuses the socket of an
// earlier pconnect() to the same host:port, and the other way round; a non-persistent session server opens
// its own connection every time. A different timeout in the URL does not make a new persistent entry.
ob_start();
require __DIR__ . '/../config.inc';
require __DIR__ . '/session.inc';
$d1 = session_private_memcached();
$d2 = session_private_memcached();
if (!$d1 || !$d2) die("could not start memcached\n");
$p1 = $d1['port'];
$p2 = $d2['port'];
// Connections opened since the previous call, not counting the calls' own "stats" connections.
$new = function (int $port) {
    static $seen = [];
    $n = session_total_connections($port);
    $d = isset($seen[$port]) ? $n - $seen[$port] - 1 : 0;
    $seen[$port] = $n;
    return $d;
};
$new($p1);
$new($p2);
$session = function (string $path) {
    ini_set('session.save_path', $path);
    session_id('sess-persistent');
    session_start();
    $_SESSION['p'] = 1;
    session_write_close();
};
$m = new Memcache;
$m->pconnect('127.0.0.1', $p1);
$m->get('x');
echo "pconnect: ", $new($p1), "\n";
$session("tcp://127.0.0.1:$p1?persistent=1");
echo "persistent session after pconnect: ", $new($p1), "\n";
$session("tcp://127.0.0.1:$p1?persistent=1");
echo "again: ", $new($p1), "\n";
$session("tcp://127.0.0.1:$p1?persistent=1&timeout=3");
echo "other timeout: ", $new($p1), "\n";
$session("tcp://127.0.0.1:$p1");
echo "non-persistent session: ", $new($p1), "\n";
$session("tcp://127.0.0.1:$p1");
echo "again: ", $new($p1), "\n";
$session("tcp://127.0.0.1:$p2?persistent=1");
echo "persistent session on the second daemon: ", $new($p2), "\n";
$m2 = new Memcache;
$m2->pconnect('127.0.0.1', $p2);
$m2->get('x');
echo "pconnect after it: ", $new($p2), "\n";
?>
--EXPECT--
pconnect: 1
persistent session after pconnect: 0
again: 0
other timeout: 0
non-persistent session: 1
again: 1
persistent session on the second daemon: 1
pconnect after it: 0
