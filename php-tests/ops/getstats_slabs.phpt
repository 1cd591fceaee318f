--TEST--
getStats('slabs') nests "<slab>:<name>" under int keys next to top-level active_slabs/total_malloced (§4.12)
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
$k = 'ops_getstats_slabs_' . getmypid();
var_dump($m->set($k, 'small value'));
$s = $m->getStats('slabs');
var_dump(is_array($s));
var_dump(isset($s['active_slabs'], $s['total_malloced']), is_string($s['active_slabs']), is_string($s['total_malloced']));
var_dump(is_array($s[1]), $s[1]['chunk_size'], is_string($s[1]['used_chunks']));
$ok = true;
foreach ($s as $key => $v) {
    if (is_int($key)) { if (!is_array($v) || !isset($v['chunk_size'])) $ok = false; }
    elseif (!is_string($v)) $ok = false;
}
var_dump($ok);
$m->delete($k);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
string(2) "96"
bool(true)
bool(true)
