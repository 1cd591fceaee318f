--TEST--
binary status classes of delete and increment: not found is false silently; client errors a notice; every other status a server failure (§7.4)
--DESCRIPTION--
A delete and an increment answered with each status (status_classes.inc). For these operations 1 (not found)
gives false without a notice, 4 and 6 (client errors) a notice with code 6; all are per-request results and the
next call works. Every other status (exists, too large, not stored, unknown command, out of memory, unknown)
is a server failure: notice with code 0, the server marked failed, the next call false without I/O.
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=binary
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/status_classes.inc';
status_table(['delete' => 0x04, 'increment' => 0x05]);
?>
--EXPECTF--
delete, status 01: false, server up, next true

Notice: MemcachePool::delete(): Server 127.0.0.1 (tcp %d, udp 0) failed with: status 02 (0) in %s on line %d
delete, status 02: false, server failed, next false

Notice: MemcachePool::delete(): Server 127.0.0.1 (tcp %d, udp 0) failed with: status 03 (0) in %s on line %d
delete, status 03: false, server failed, next false

Notice: MemcachePool::delete(): Server 127.0.0.1 (tcp %d, udp 0) failed with: status 04 (6) in %s on line %d
delete, status 04: false, server up, next true

Notice: MemcachePool::delete(): Server 127.0.0.1 (tcp %d, udp 0) failed with: status 05 (0) in %s on line %d
delete, status 05: false, server failed, next false

Notice: MemcachePool::delete(): Server 127.0.0.1 (tcp %d, udp 0) failed with: status 06 (6) in %s on line %d
delete, status 06: false, server up, next true

Notice: MemcachePool::delete(): Server 127.0.0.1 (tcp %d, udp 0) failed with: status 81 (0) in %s on line %d
delete, status 81: false, server failed, next false

Notice: MemcachePool::delete(): Server 127.0.0.1 (tcp %d, udp 0) failed with: status 82 (0) in %s on line %d
delete, status 82: false, server failed, next false

Notice: MemcachePool::delete(): Server 127.0.0.1 (tcp %d, udp 0) failed with: status 84 (0) in %s on line %d
delete, status 84: false, server failed, next false
increment, status 01: false, server up, next 9

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: status 02 (0) in %s on line %d
increment, status 02: false, server failed, next false

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: status 03 (0) in %s on line %d
increment, status 03: false, server failed, next false

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: status 04 (6) in %s on line %d
increment, status 04: false, server up, next 9

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: status 05 (0) in %s on line %d
increment, status 05: false, server failed, next false

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: status 06 (6) in %s on line %d
increment, status 06: false, server up, next 9

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: status 81 (0) in %s on line %d
increment, status 81: false, server failed, next false

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: status 82 (0) in %s on line %d
increment, status 82: false, server failed, next false

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: status 84 (0) in %s on line %d
increment, status 84: false, server failed, next false
