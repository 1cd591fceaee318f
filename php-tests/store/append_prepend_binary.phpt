--TEST--
binary append()/prepend(): concatenate onto an existing item; on a missing key NOT_STORED is a server failure (QUIRK, spec §7.4)
--DESCRIPTION--
Binary twin of append_prepend.phpt. In binary mode the reference classes not-stored (append/prepend of a
missing key) as a server failure: a notice, false, and the server is marked failed, so later calls on that
pool return false silently. A new pool (non-persistent server) is not affected, and nothing was created.
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
$k = "store_append_prepend_binary";
$m->delete($k);
var_dump($m->set($k, "mid"));
var_dump($m->append($k, "-tail"));
var_dump($m->prepend($k, "head-"));
var_dump($m->get($k));
var_dump(memcache_append($m, $k, "!"), memcache_prepend($m, $k, "!"));
var_dump($m->get($k));
var_dump($m->delete($k));
// missing key: server failure
var_dump($m->append($k, "tail"));
var_dump($m->getServerStatus($host, $port));
var_dump($m->prepend($k, "head"), $m->set($k, "x"), $m->get($k));
// the same for prepend, on a new pool
$m2 = test_memcache();
var_dump($m2->prepend($k, "head"));
var_dump($m2->getServerStatus($host, $port));
// nothing was created
$m3 = test_memcache();
var_dump($m3->get($k));
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
string(13) "head-mid-tail"
bool(true)
bool(true)
string(15) "!head-mid-tail!"
bool(true)

Notice: MemcachePool::append(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Not stored. (0) in %s on line %d
bool(false)
int(0)
bool(false)
bool(false)
bool(false)

Notice: MemcachePool::prepend(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Not stored. (0) in %s on line %d
bool(false)
int(0)
bool(false)
