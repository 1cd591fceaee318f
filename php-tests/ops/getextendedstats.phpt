--TEST--
getExtendedStats() returns ["host:port" => stats] for every server in insertion order, false for a failed one (§4.12)
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
$m = new Memcache;
var_dump($m->addServer($host, $port, false));
var_dump($m->addServer($host, $port2, false));
var_dump($m->addServer($host, $refused_port, false));
$s = $m->getExtendedStats();
var_dump(array_keys($s) === ["$host:$port", "$host:$port2", "$host:$refused_port"]);
var_dump(is_array($s["$host:$port"]), is_array($s["$host:$port2"]), $s["$host:$refused_port"]);
var_dump($s["$host:$port"]['pid'] !== $s["$host:$port2"]['pid']);
var_dump(gettype($s["$host:$port"]['pid']), gettype($s["$host:$port"]['version']));
$k = 'ops_getextendedstats_' . getmypid();
$m->set($k, 'v');
$i = $m->getExtendedStats('items');
var_dump(array_keys($i) === ["$host:$port", "$host:$port2", "$host:$refused_port"]);
$srv = $m->findServer($k);
var_dump(is_string($i[$srv]['items'][1]['number']));
var_dump(memcache_get_extended_stats($m) !== false);
$m->delete($k);
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)

Notice: MemcachePool::getextendedstats(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
string(6) "string"
string(6) "string"
bool(true)
bool(true)
bool(true)
