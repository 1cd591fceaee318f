--TEST--
binary memcache_prepend() prepends to an existing string; a missing key is a server failure (QUIRK, §7.4)
--DESCRIPTION--
Binary twin of procedural_prepend.phpt: in binary mode not-stored (prepend to a missing key) is classed as a server
failure: notice, false, and the server marked failed for this pool.
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=binary
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = test_memcache();
$k = 'ops_procedural_prepend_binary_' . getmypid();
$m->set($k, 'abc');
var_dump(memcache_prepend($m, $k, 'def'));
var_dump($m->get($k));
$m->delete($k);
var_dump(memcache_prepend($m, $k, 'x'));
var_dump(memcache_get_server_status($m, $host, $port));
?>
--EXPECTF--
bool(true)
string(6) "defabc"

Notice: memcache_prepend(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Not stored. (0) in %s on line %d
bool(false)
int(0)
