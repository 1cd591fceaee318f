--TEST--
meta protocol against hostile replies: oversized or malformed VA headers, a data block without its CRLF, junk lines, an endless line, a connection closed mid-value: a notice and false at once, nothing allocated by a claim (issue 14)
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--INI--
memcache.protocol=meta
--FILE--
<?php
require __DIR__ . '/../failure/fake_server.inc';
require __DIR__ . '/../failure/hostile_server.inc';
$timeout = 2.0;  // never reached: each failure is detected at once
$cases = [
    "VA 4294967296 f0\r\nabc\r\n",
    "VA 1073741825 f0\r\n",
    "VA -1 f0\r\nabc\r\n",
    "VA 3 fx\r\nabc\r\n",
    "VA 3 f0\r\nabcdefgh\r\n",
    "VALUE k 0 3\r\nabc\r\nEND\r\n",
    "HD\r\n",
    "STORED\r\n",
];
foreach ($cases as $reply) {
    echo "--- ", json_encode($reply), "\n";
    $srv = fake_server_start([$reply]);
    $p = new MemcachePool;
    $p->addServer('127.0.0.1', $srv['port'], 0, false, 1, $timeout);
    $t = microtime(true);
    var_dump($p->get('hostile_meta'));
    var_dump(microtime(true) - $t < $timeout);
    $p->close();
    fake_server_finish($srv);
}
echo "--- endless line\n";
$srv = hostile_server_start('endless', 'VA 1 f0 ');
$p = new MemcachePool;
$p->addServer('127.0.0.1', $srv['port'], 0, false, 1, $timeout);
var_dump($p->get(['hostile_a', 'hostile_b']));
$p->close();
hostile_server_finish($srv);
echo "--- closed mid-value\n";
$srv = hostile_server_start('reply_close', "VA 100 f0\r\nabc");
$p = new MemcachePool;
$p->addServer('127.0.0.1', $srv['port'], 0, false, 1, $timeout);
var_dump($p->set('hostile_c', 'v'));
$p->close();
hostile_server_finish($srv);
var_dump(peak_rss() < 64 << 20 ?: peak_rss());
?>
--EXPECTF--
--- "VA 4294967296 f0\r\nabc\r\n"

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Malformed VALUE header (0) in %s on line %d
bool(false)
bool(true)
--- "VA 1073741825 f0\r\n"

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Malformed VALUE header (0) in %s on line %d
bool(false)
bool(true)
--- "VA -1 f0\r\nabc\r\n"

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Malformed VALUE header (0) in %s on line %d
bool(false)
bool(true)
--- "VA 3 fx\r\nabc\r\n"

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Malformed VALUE header (0) in %s on line %d
bool(false)
bool(true)
--- "VA 3 f0\r\nabcdefgh\r\n"

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Malformed server response (0) in %s on line %d
bool(false)
bool(true)
--- "VALUE k 0 3\r\nabc\r\nEND\r\n"

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Malformed VALUE header (0) in %s on line %d
bool(false)
bool(true)
--- "HD\r\n"

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Malformed VALUE header (0) in %s on line %d
bool(false)
bool(true)
--- "STORED\r\n"

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Malformed VALUE header (0) in %s on line %d
bool(false)
bool(true)
--- endless line

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Line too long (0) in %s on line %d
array(0) {
}
--- closed mid-value

Notice: MemcachePool::set(): Server 127.0.0.1 (tcp %d, udp 0) failed with: %s in %s on line %d
bool(false)
bool(true)
