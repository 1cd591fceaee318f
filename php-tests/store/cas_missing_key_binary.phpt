--TEST--
binary cas() on a missing key: status "Not found" is a server failure (QUIRK, spec §7.4)
--DESCRIPTION--
Binary twin of cas_missing_key.phpt: the same server failure, with the binary response body as the message.
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
$k = "store_cas_missing_key_binary";
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

Notice: MemcachePool::cas(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Not found (0) in %s on line %d
bool(false)
bool(false)
bool(false)
int(0)
int(1)
bool(true)
string(5) "fresh"
