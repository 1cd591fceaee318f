--TEST--
Hostile VALUE lengths (4 GiB, 2 GiB, negative): a "Malformed VALUE header" notice and false at once, nothing allocated by the claim (§7.3)
--DESCRIPTION--
A value length above the largest item memcached can hold (1 GiB, protocol::MAX_VALUE_LEN) or not a
plain unsigned number is rejected when the header arrives: no wait for bytes that will not come, no
buffer sized by the claim (the peak RSS stays low).
The C reference (pecl/memcache 8.0) differs, and none of this is expected from it:
* 4294967296 (4 GiB) and 4294967295: it waits for the data and fails with "Network timeout (0)";
* 2147483648 (2 GiB): it allocates by the claim and dies, "Hard memory limit of 268435456 bytes exhausted
  (tried to allocate 2147487744 bytes)", exit status 137;
* -1: "Network timeout (0)"; -5: dies the same way (tried to allocate 4294967296 bytes).
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--INI--
memcache.protocol=ascii
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/fake_server.inc';
require __DIR__ . '/hostile_server.inc';
$timeout = 2.0;  // never reached: each failure is detected at once
foreach (['4294967296', '4294967295', '2147483648', '1073741825', '-1', '-5'] as $len) {
    echo "--- $len\n";
    $srv = fake_server_start(["VALUE failure_hostile_value_length 0 $len\r\nabc\r\nEND\r\n"]);
    $p = new MemcachePool;
    $p->addServer('127.0.0.1', $srv['port'], 0, false, 1, $timeout);
    $t = microtime(true);
    var_dump($p->get('failure_hostile_value_length'));
    var_dump(microtime(true) - $t < $timeout);
    var_dump($p->getServerStatus('127.0.0.1', $srv['port']));
    $p->close();
    fake_server_dump(fake_server_finish($srv));
}
var_dump(peak_rss() < 64 << 20 ?: peak_rss());
?>
--EXPECTF--
--- 4294967296

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Malformed VALUE header (0) in %s on line %d
bool(false)
bool(true)
int(0)
req 0: get failure_hostile_value_length\r\n
--- 4294967295

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Malformed VALUE header (0) in %s on line %d
bool(false)
bool(true)
int(0)
req 0: get failure_hostile_value_length\r\n
--- 2147483648

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Malformed VALUE header (0) in %s on line %d
bool(false)
bool(true)
int(0)
req 0: get failure_hostile_value_length\r\n
--- 1073741825

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Malformed VALUE header (0) in %s on line %d
bool(false)
bool(true)
int(0)
req 0: get failure_hostile_value_length\r\n
--- -1

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Malformed VALUE header (0) in %s on line %d
bool(false)
bool(true)
int(0)
req 0: get failure_hostile_value_length\r\n
--- -5

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Malformed VALUE header (0) in %s on line %d
bool(false)
bool(true)
int(0)
req 0: get failure_hostile_value_length\r\n
bool(true)
