--TEST--
getStats('items') nests "items:<slab>:<name>" into ['items' => [int slab => ['number' => '…', …]]] (§4.12)
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
$k = 'ops_getstats_items_' . getmypid();
var_dump($m->set($k, 'small value'));
$s = $m->getStats('items');
var_dump(array_keys($s));
$slabs = array_keys($s['items']);
var_dump(count($slabs) >= 1);
$int_keys = true; $ok = true;
foreach ($s['items'] as $slab => $info) {
    if (!is_int($slab) || $slab < 1) $int_keys = false;
    if (!is_array($info) || !isset($info['number']) || !is_string($info['number']) || !preg_match("/^\d+$/", $info['number'])) $ok = false;
    foreach ($info as $n => $v) if (!is_string($n) || !is_string($v)) $ok = false;
}
var_dump($int_keys, $ok);
// a small item lives in slab class 1
var_dump(isset($s['items'][1]['number']) && (int)$s['items'][1]['number'] >= 1);
var_dump(isset($s['items'][1]['age'], $s['items'][1]['evicted']));
$m->delete($k);
?>
--EXPECT--
bool(true)
array(1) {
  [0]=>
  string(5) "items"
}
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
