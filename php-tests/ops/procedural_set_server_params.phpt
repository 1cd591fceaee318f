--TEST--
memcache_set_server_params() updates a server of the pool; unknown server -> warning
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = test_memcache();
var_dump(memcache_set_server_params($m, $host, $port, 2.5, 10, true));
var_dump(memcache_set_server_params($m, $host, $port, 1.0, 15, false));
var_dump(memcache_get_server_status($m, $host, $port));
var_dump(memcache_set_server_params($m, $host, $port, 1.0, 15, true));
var_dump(memcache_get_server_status($m, $host, $port));
var_dump(memcache_set_server_params($m, $host, $port + 1));
?>
--EXPECTF--
bool(true)
bool(true)
int(0)
bool(true)
int(1)

Warning: memcache_set_server_params(): Server not found in pool in %s on line %d
bool(false)
