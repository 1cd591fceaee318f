--TEST--
binary replace(): true for an existing key; for a missing key "Not found" is a server failure (QUIRK, spec §7.4) and nothing is created
--DESCRIPTION--
Binary twin of replace_missing.phpt. ASCII returns false silently for a missing key; the binary reference
classes the not-found status of a store as a server failure: notice "Not found (0)", false, and the server is
marked failed, so later calls on that pool return false silently. A new pool with a non-persistent server is
not affected.
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=binary
--FILE--
<?php
// E_DEPRECATED is masked (--INI--) only because the 8.0 oracle emits "Creation of dynamic property
// Memcache::$connection is deprecated" on PHP 8.2; 8.2 (spec §1) must not emit it at all.
require __DIR__ . '/../config.inc';
$m = test_memcache();
$k = "store_replace_missing_binary";
$m->delete($k);
var_dump($m->set($k, "old"));
var_dump($m->replace($k, "new"));
var_dump($m->get($k));
var_dump(memcache_replace($m, $k, 5));
var_dump($m->get($k));
var_dump($m->delete($k));
// missing key
var_dump($m->replace($k, "x"));
var_dump($m->getServerStatus($host, $port));
var_dump($m->get($k), $m->set($k, "y"));
$m2 = test_memcache();
var_dump($m2->get($k));
var_dump(memcache_replace($m2, $k, "z"));
var_dump($m2->getServerStatus($host, $port));
$m3 = test_memcache();
var_dump($m3->get($k));
?>
--EXPECTF--
bool(true)
bool(true)
string(3) "new"
bool(true)
int(5)
bool(true)

Notice: MemcachePool::replace(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Not found (0) in %s on line %d
bool(false)
int(0)
bool(false)
bool(false)
bool(false)

Notice: memcache_replace(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Not found (0) in %s on line %d
bool(false)
int(0)
bool(false)
