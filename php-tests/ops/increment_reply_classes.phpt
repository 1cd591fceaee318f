--TEST--
increment() reply classification: a number is the int result, DELETED/OK/STORED give true, NOT_FOUND silent false, CLIENT_ERROR notice (6), other lines server failures (0) (§7.3)
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=ascii
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--FILE--
<?php
// A negative counter reply ("-5"), which memcached never sends, is refused as malformed; the C reference
// returns it as int(-5). Everything else follows the reference.
require __DIR__ . '/../failure/fake_server.inc';
// one fresh connection per reply; getServerStatus() shows whether the reply was treated as a server failure (0)
foreach (["DELETED\r\n", "NOT_FOUND\r\n", "EXISTS\r\n", "NOT_STORED\r\n", "STORED\r\n", "OK\r\n", "CLIENT_ERROR x\r\n",
          "SERVER_ERROR out of memory\r\n", "SERVER_ERROR object too large for cache\r\n", "SERVER_ERROR foo\r\n",
          "ERROR\r\n", "garbage\r\n", "12 junk\r\n", "-5\r\n"] as $reply) {
    echo "--- ", json_encode($reply), "\n";
    $srv = fake_server_start([$reply]);
    $m = new Memcache;
    $m->addServer('127.0.0.1', $srv['port'], false, 1, 2.0);
    var_dump($m->increment('k'));
    var_dump($m->getServerStatus('127.0.0.1', $srv['port']));
    $m->close();
    fake_server_finish($srv);
}
?>
--EXPECTF--
--- "DELETED\r\n"
bool(true)
int(1)
--- "NOT_FOUND\r\n"
bool(false)
int(1)
--- "EXISTS\r\n"

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: EXISTS (0) in %s on line %d
bool(false)
int(0)
--- "NOT_STORED\r\n"

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: NOT_STORED (0) in %s on line %d
bool(false)
int(0)
--- "STORED\r\n"
bool(true)
int(1)
--- "OK\r\n"
bool(true)
int(1)
--- "CLIENT_ERROR x\r\n"

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: CLIENT_ERROR x (6) in %s on line %d
bool(false)
int(1)
--- "SERVER_ERROR out of memory\r\n"

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: SERVER_ERROR out of memory (0) in %s on line %d
bool(false)
int(0)
--- "SERVER_ERROR object too large for cache\r\n"

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: SERVER_ERROR object too large for cache (0) in %s on line %d
bool(false)
int(0)
--- "SERVER_ERROR foo\r\n"

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: SERVER_ERROR foo (0) in %s on line %d
bool(false)
int(0)
--- "ERROR\r\n"

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: ERROR (0) in %s on line %d
bool(false)
int(0)
--- "garbage\r\n"

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Malformed VALUE header (0) in %s on line %d
bool(false)
int(0)
--- "12 junk\r\n"
int(12)
int(1)
--- "-5\r\n"

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Malformed VALUE header (0) in %s on line %d
bool(false)
int(0)
