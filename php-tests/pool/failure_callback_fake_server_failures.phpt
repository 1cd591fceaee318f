--TEST--
The failure callback fires once for an I/O error or a server-failure reply, and the failed set is resent to the failover server (§3.3, §5.4, §7.3)
--DESCRIPTION--
Pool A (live) and F, a scripted fake memcached (../failure/fake_server.inc) that answers the first request with
the reply under test. The key's primary is F and its chain leads to A. For each reply the callback is called
once with the error text and errno, F is marked failed (status 0), the set is resent to A and returns true,
and a second set goes straight to A without a callback. Replies: the connection closed without a reply (I/O
error), "SERVER_ERROR <text>", "ERROR", NOT_FOUND to a set (stores treat it as a server failure, QUIRK) and a
line the client does not recognise.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
; ASCII only: the fake server speaks the ASCII protocol
memcache.protocol=ascii
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
require __DIR__ . '/../failure/fake_server.inc';
require __DIR__ . '/multi_server.inc';
$a = ms_direct($port);
foreach (["", "SERVER_ERROR boom\r\n", "ERROR\r\n", "NOT_FOUND\r\n", "garbage\r\n"] as $i => $reply) {
    echo "--- ", json_encode($reply), "\n";
    $srv = fake_server_start([$reply], $reply === '');
    $L = ["$host:$port" => 'A', "127.0.0.1:{$srv['port']}" => 'F'];
    $p = new MemcachePool;
    $p->addServer($host, $port, 0, false);
    $p->addServer('127.0.0.1', $srv['port'], 0, false, 1, 2.0);
    $p->setFailureCallback(function (...$args) use ($srv) {
        echo "callback: ", count($args), " arguments, port ", $args[1] === $srv['port'] ? "F" : $args[1], "\n";
        var_dump($args[0], $args[2], $args[3], $args[4]);
    });
    $k = ms_find_key($p, $L, "pool_cb_fake_{$i}_" . getmypid() . '_', '/^FA/');
    var_dump($p->set($k, 'v'));
    var_dump($p->getServerStatus('127.0.0.1', $srv['port']));
    var_dump($a->get($k));
    var_dump($p->set($k, 'v2'));
    var_dump($a->get($k));
    $a->delete($k);
    $p->close();
    echo count(fake_server_finish($srv)), " request(s) reached F\n";
}
?>
--EXPECT--
--- ""
callback: 5 arguments, port F
string(9) "127.0.0.1"
int(0)
string(44) "Read failed (socket was unexpectedly closed)"
int(0)
bool(true)
int(0)
string(1) "v"
bool(true)
string(2) "v2"
1 request(s) reached F
--- "SERVER_ERROR boom\r\n"
callback: 5 arguments, port F
string(9) "127.0.0.1"
int(0)
string(17) "SERVER_ERROR boom"
int(0)
bool(true)
int(0)
string(1) "v"
bool(true)
string(2) "v2"
1 request(s) reached F
--- "ERROR\r\n"
callback: 5 arguments, port F
string(9) "127.0.0.1"
int(0)
string(5) "ERROR"
int(0)
bool(true)
int(0)
string(1) "v"
bool(true)
string(2) "v2"
1 request(s) reached F
--- "NOT_FOUND\r\n"
callback: 5 arguments, port F
string(9) "127.0.0.1"
int(0)
string(9) "NOT_FOUND"
int(0)
bool(true)
int(0)
string(1) "v"
bool(true)
string(2) "v2"
1 request(s) reached F
--- "garbage\r\n"
callback: 5 arguments, port F
string(9) "127.0.0.1"
int(0)
string(7) "garbage"
int(0)
bool(true)
int(0)
string(1) "v"
bool(true)
string(2) "v2"
1 request(s) reached F
