--TEST--
cas() on a missing key: memcached answers NOT_FOUND, which the reference treats as a server failure (QUIRK, spec §7.3)
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=ascii
--FILE--
<?php
// E_DEPRECATED is masked (--INI--) only because the 8.0 oracle emits "Creation of dynamic property
// Memcache::$connection is deprecated" on PHP 8.2; 8.2 (spec §1) must not emit it at all.
// memcache.protocol is pinned to ascii: the expected results are the ASCII ones (spec §7.3); the binary
// protocol differs here (spec §7.4), see cas_missing_key_binary.phpt.
require __DIR__ . '/../config.inc';
$m = test_memcache();
$k = "store_cas_missing_key";
$m->delete($k);
var_dump($m->cas($k, "v", 0, 0, 12345));
// the server is now marked failed for retry_interval (15 s): further ops on this pool fail silently
var_dump($m->set($k, "v"));
var_dump($m->get($k));
var_dump($m->getServerStatus($host, $port));
// a fresh pool (non-persistent server) is not affected
$m2 = test_memcache();
var_dump($m2->getServerStatus($host, $port));
var_dump($m2->set($k, "fresh"), $m2->get($k));
$m2->delete($k);
?>
--EXPECTF--
Notice: MemcachePool::cas(): Server 127.0.0.1 (tcp %d, udp 0) failed with: NOT_FOUND (0) in %s on line %d
bool(false)
bool(false)
bool(false)
int(0)
int(1)
bool(true)
string(5) "fresh"
