--TEST--
memcache.redundancy does not apply to get: a single- or multi-key get asks only the key's own server (§4.6, §6.5)
--DESCRIPTION--
redundancy=2, pool A, B. A value stored (directly) only on the server that is not the key's own is not found,
neither by a single-key nor by a multi-key get; stored on the key's own server it is.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
memcache.redundancy=2
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
require __DIR__ . '/multi_server.inc';
$L = ["$host:$port" => 'A', "$host:$port2" => 'B'];
$a = ms_direct($port);
$b = ms_direct($port2);
$p = new MemcachePool;
$p->addServer($host, $port, 0, false);
$p->addServer($host, $port2, 0, false);
$pre = 'pool_redundancy_get_' . getmypid() . '_';
$ka = ms_find_key($p, $L, "{$pre}a", '/^A/');
$kb = ms_find_key($p, $L, "{$pre}b", '/^B/');
$b->set($ka, 'only on B');
$a->set($kb, 'only on A');
var_dump($p->get($ka), $p->get($kb), $p->get([$ka, $kb]));
$a->set($ka, 'on A');
$b->set($kb, 'on B');
var_dump($p->get($ka), $p->get($kb));
$r = $p->get([$ka, $kb]);
ksort($r);
var_dump(array_values($r));
var_dump($p->delete([$ka, $kb]));
var_dump($a->get($ka), $b->get($ka), $a->get($kb), $b->get($kb));
?>
--EXPECT--
bool(false)
bool(false)
array(0) {
}
string(4) "on A"
string(4) "on B"
array(2) {
  [0]=>
  string(4) "on A"
  [1]=>
  string(4) "on B"
}
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
