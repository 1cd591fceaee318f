--TEST--
getStats('cachedump', slab, limit) of an empty slab: a reply that is only END gives false (§4.12)
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
; ASCII only: the binary protocol has no stats (§4.12; ../binary/stats_false.phpt)
memcache.protocol=ascii
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = test_memcache();
// slab class 63 is the highest valid id and is never used with the default item size limit
var_dump($m->getStats('cachedump', 63, 10));
var_dump(memcache_get_stats($m, 'cachedump', 63, 10));
var_dump($m->getExtendedStats('cachedump', 63, 10));
// the server is still fine afterwards
var_dump($m->getServerStatus($host, $port));
var_dump(is_array($m->getStats()));
?>
--EXPECTF--
bool(false)
bool(false)
array(1) {
  ["127.0.0.1:%d"]=>
  bool(false)
}
int(1)
bool(true)
