--TEST--
memcache_get_server_status() returns 1 for a usable server, warning and false for an unknown one
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = test_memcache();
var_dump(memcache_get_server_status($m, $host, $port));
var_dump(memcache_get_server_status($m, $host, $port2));
?>
--EXPECTF--
int(1)

Warning: memcache_get_server_status(): Server not found in pool in %s on line %d
bool(false)
