--TEST--
binary getStats()/getExtendedStats(): no stats support, false for every type and false for every server (§4.12)
--DESCRIPTION--
Spec §4.12: with the binary protocol the stats request is a NOOP, so getStats() returns false for every valid
type (without a notice, and the server stays usable) and getExtendedStats() returns "host:port" => false for
every server, also for live ones. The type is still validated first. A dead server adds its connect failure.
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
foreach ([[], ['reset'], ['malloc'], ['slabs'], ['items'], ['sizes'], ['cachedump', 1, 10]] as $args) {
    echo json_encode($args), ": ", json_encode($m->getStats(...$args)), " ", json_encode(memcache_get_stats($m, ...$args)), "\n";
}
var_dump($m->getStats('bogus'));
var_dump($m->getServerStatus($host, $port));
$k = 'binary_stats_false';
var_dump($m->set($k, 'v'), $m->get($k), $m->delete($k));
$p = new MemcachePool;
$p->addServer($host, $port, 0, false);
$p->addServer($host, $port2, 0, false);
$p->addServer($host, $refused_port, 0, false);
$r = $p->getExtendedStats();
var_dump(array_keys($r) === ["$host:$port", "$host:$port2", "$host:$refused_port"], array_unique($r));
$r = memcache_get_extended_stats($p, 'items');
var_dump(count($r), array_unique($r));
?>
--EXPECTF--
[]: false false
["reset"]: false false
["malloc"]: false false
["slabs"]: false false
["items"]: false false
["sizes"]: false false
["cachedump",1,10]: false false

Warning: MemcachePool::getstats(): Invalid stats type in %s on line %d
bool(false)
int(1)
bool(true)
string(1) "v"
bool(true)

Notice: MemcachePool::getextendedstats(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(true)
array(1) {
  ["127.0.0.1:%d"]=>
  bool(false)
}
int(3)
array(1) {
  ["127.0.0.1:%d"]=>
  bool(false)
}
