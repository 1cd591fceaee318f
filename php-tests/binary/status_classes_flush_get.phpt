--TEST--
binary status classes of flush and get: a flush error is a server failure unless it is a client error; a get error is a miss (§4.6, §4.10, §7.4)
--DESCRIPTION--
A flush and a get answered with each status (status_classes.inc). flush: 4 and 6 (client errors) give a
notice with code 6 and false, the server stays up; every other status is a server failure. get: any non-success
status is a miss, false without a notice, and the server stays up.
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=binary
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/status_classes.inc';
status_table(['flush' => 0x08, 'get' => 0x00]);
?>
--EXPECTF--

Notice: MemcachePool::flush(): Server 127.0.0.1 (tcp %d, udp 0) failed with: status 01 (0) in %s on line %d
flush, status 01: false, server failed, next false

Notice: MemcachePool::flush(): Server 127.0.0.1 (tcp %d, udp 0) failed with: status 02 (0) in %s on line %d
flush, status 02: false, server failed, next false

Notice: MemcachePool::flush(): Server 127.0.0.1 (tcp %d, udp 0) failed with: status 03 (0) in %s on line %d
flush, status 03: false, server failed, next false

Notice: MemcachePool::flush(): Server 127.0.0.1 (tcp %d, udp 0) failed with: status 04 (6) in %s on line %d
flush, status 04: false, server up, next true

Notice: MemcachePool::flush(): Server 127.0.0.1 (tcp %d, udp 0) failed with: status 05 (0) in %s on line %d
flush, status 05: false, server failed, next false

Notice: MemcachePool::flush(): Server 127.0.0.1 (tcp %d, udp 0) failed with: status 06 (6) in %s on line %d
flush, status 06: false, server up, next true

Notice: MemcachePool::flush(): Server 127.0.0.1 (tcp %d, udp 0) failed with: status 81 (0) in %s on line %d
flush, status 81: false, server failed, next false

Notice: MemcachePool::flush(): Server 127.0.0.1 (tcp %d, udp 0) failed with: status 82 (0) in %s on line %d
flush, status 82: false, server failed, next false

Notice: MemcachePool::flush(): Server 127.0.0.1 (tcp %d, udp 0) failed with: status 84 (0) in %s on line %d
flush, status 84: false, server failed, next false
get, status 01: false, server up, next "v"
get, status 02: false, server up, next "v"
get, status 03: false, server up, next "v"
get, status 04: false, server up, next "v"
get, status 05: false, server up, next "v"
get, status 06: false, server up, next "v"
get, status 81: false, server up, next "v"
get, status 82: false, server up, next "v"
get, status 84: false, server up, next "v"
