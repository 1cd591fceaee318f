--TEST--
binary status classes of a store: exists is false silently; too large, client errors, out of memory a notice; not found, not stored, unknown command and unknown statuses a server failure (§7.4)
--DESCRIPTION--
A set answered with each status (status_classes.inc). Spec §7.4 maps 2 to "exists" (false, no notice), 3 to
too-large (notice, code 3), 4 and 6 to client-error (notice, code 6), 0x82 to out-of-memory (notice, code
130): all per-request results, the next set works. 1 (not found) and 5 (not stored) are server failures for a
store (QUIRK), as are 0x81 (unknown command) and a status the client does not know: notice with code 0, the
server is marked failed and the next call returns false without I/O. The notice text is the response body.
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=binary
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/status_classes.inc';
status_table(['set' => 0x01]);
?>
--EXPECTF--

Notice: MemcachePool::set(): Server 127.0.0.1 (tcp %d, udp 0) failed with: status 01 (0) in %s on line %d
set, status 01: false, server failed, next false
set, status 02: false, server up, next true

Notice: MemcachePool::set(): Server 127.0.0.1 (tcp %d, udp 0) failed with: status 03 (3) in %s on line %d
set, status 03: false, server up, next true

Notice: MemcachePool::set(): Server 127.0.0.1 (tcp %d, udp 0) failed with: status 04 (6) in %s on line %d
set, status 04: false, server up, next true

Notice: MemcachePool::set(): Server 127.0.0.1 (tcp %d, udp 0) failed with: status 05 (0) in %s on line %d
set, status 05: false, server failed, next false

Notice: MemcachePool::set(): Server 127.0.0.1 (tcp %d, udp 0) failed with: status 06 (6) in %s on line %d
set, status 06: false, server up, next true

Notice: MemcachePool::set(): Server 127.0.0.1 (tcp %d, udp 0) failed with: status 81 (0) in %s on line %d
set, status 81: false, server failed, next false

Notice: MemcachePool::set(): Server 127.0.0.1 (tcp %d, udp 0) failed with: status 82 (130) in %s on line %d
set, status 82: false, server up, next true

Notice: MemcachePool::set(): Server 127.0.0.1 (tcp %d, udp 0) failed with: status 84 (0) in %s on line %d
set, status 84: false, server failed, next false
