--TEST--
Malformed replies to get: "Malformed VALUE header (0)" notice and false; a server failure (§5.4)
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
; ASCII only: the fake server speaks the ASCII protocol (binary replies: ../binary/)
memcache.protocol=ascii
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/fake_server.inc';
foreach (["VALUE k 0\r\n", "garbage\r\n", "ERROR\r\n", "SERVER_ERROR out of memory\r\n"] as $reply) {
    echo "--- ", json_encode($reply), "\n";
    $srv = fake_server_start([$reply]);
    $m = new Memcache;
    $m->addServer('127.0.0.1', $srv['port'], false, 1, 2.0);
    var_dump($m->get('k'));
    var_dump($m->getServerStatus('127.0.0.1', $srv['port']));
    $m->close();
    fake_server_dump(fake_server_finish($srv));
}
?>
--EXPECTF--
--- "VALUE k 0\r\n"

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Malformed VALUE header (0) in %s on line %d
bool(false)
int(0)
req 0: get k\r\n
--- "garbage\r\n"

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Malformed VALUE header (0) in %s on line %d
bool(false)
int(0)
req 0: get k\r\n
--- "ERROR\r\n"

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Malformed VALUE header (0) in %s on line %d
bool(false)
int(0)
req 0: get k\r\n
--- "SERVER_ERROR out of memory\r\n"

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Malformed VALUE header (0) in %s on line %d
bool(false)
int(0)
req 0: get k\r\n
