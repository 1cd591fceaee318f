--TEST--
getStats('sizes') returns an array of string values (§4.12)
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
$s = $m->getStats('sizes');
var_dump(is_array($s), count($s) > 0);
$ok = true;
foreach ($s as $k => $v) if (!is_string($v)) $ok = false;
var_dump($ok);
// memcached 1.6 with the default settings only reports that the sizes histogram is disabled
var_dump($s);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
array(1) {
  ["sizes_status"]=>
  string(8) "disabled"
}
