--TEST--
increment()/decrement() of a non-numeric value: CLIENT_ERROR notice and false, value unchanged (§4.8, §7.3)
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
; ASCII: the binary notice text differs (§4.8); binary twin: incr_decr_non_numeric_binary.phpt
memcache.protocol=ascii
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = test_memcache();
$k = 'ops_incr_decr_non_numeric_' . getmypid();
var_dump($m->set($k, 'abc'));
var_dump($m->increment($k));
var_dump($m->decrement($k, 2));
var_dump(memcache_increment($m, $k));
// a client error is a per-request result, not a server failure: the server stays usable
var_dump($m->getServerStatus($host, $port));
var_dump($m->get($k));
$m->delete($k);
?>
--EXPECTF--
bool(true)

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: CLIENT_ERROR cannot increment or decrement non-numeric value (6) in %s on line %d
bool(false)

Notice: MemcachePool::decrement(): Server 127.0.0.1 (tcp %d, udp 0) failed with: CLIENT_ERROR cannot increment or decrement non-numeric value (6) in %s on line %d
bool(false)

Notice: memcache_increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: CLIENT_ERROR cannot increment or decrement non-numeric value (6) in %s on line %d
bool(false)
int(1)
string(3) "abc"
