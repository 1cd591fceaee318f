--TEST--
Memcache::connect()/memcache_connect() with an explicit null port use port 0 (fails for a TCP host)
--DESCRIPTION--
Spec §2.2/§4.1 (8.2): an explicit null port gives port 0 without any diagnostic about the null itself; for a TCP
host the connect then fails with 'Failed to parse address "127.0.0.1"'.
The 8.0 oracle additionally emits PHP's "Deprecated: Memcache::connect(): Passing null to parameter #2 ($port) of
type int is deprecated" (documented 8.0-vs-8.2 difference: 8.0 rejects a null port), so the oracle fails this
test on purpose. E_DEPRECATED is enabled only after the Memcache objects exist; memcache_connect() creates its
object inside the call, so under the 8.0 oracle it also shows the (documented) dynamic-property deprecation.
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
$m = new Memcache;
$m->addServer('127.0.0.1', 11311);
$p = new Memcache;
$p->addServer('127.0.0.1', 11311);
error_reporting(E_ALL);
var_dump($m->connect('127.0.0.1', null));
var_dump($m->getServerStatus('127.0.0.1', 0));
var_dump($p->pconnect('127.0.0.1', null, 1.0));
var_dump(memcache_connect('127.0.0.1', null));
?>
--EXPECTF--
Notice: Memcache::connect(): Server 127.0.0.1 (tcp 0, udp 0) failed with: Connection failed: Failed to parse address "127.0.0.1" (0) in %s on line %d

Warning: Memcache::connect(): Can't connect to 127.0.0.1:0, Connection failed: Failed to parse address "127.0.0.1" (0) in %s on line %d
bool(false)
int(0)

Notice: Memcache::pconnect(): Server 127.0.0.1 (tcp 0, udp 0) failed with: Connection failed: Failed to parse address "127.0.0.1" (0) in %s on line %d

Warning: Memcache::pconnect(): Can't connect to 127.0.0.1:0, Connection failed: Failed to parse address "127.0.0.1" (0) in %s on line %d
bool(false)

Notice: memcache_connect(): Server 127.0.0.1 (tcp 0, udp 0) failed with: Connection failed: Failed to parse address "127.0.0.1" (0) in %s on line %d

Warning: memcache_connect(): Can't connect to 127.0.0.1:0, Connection failed: Failed to parse address "127.0.0.1" (0) in %s on line %d
bool(false)
