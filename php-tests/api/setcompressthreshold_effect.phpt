--TEST--
setCompressThreshold(): the threshold is changed even when min_savings is rejected (observable through compression)
--DESCRIPTION--
Spec §4.13: "the pool threshold is set first ... but the threshold has already been changed".
The MEMCACHE_COMPRESSED bit of the stored flags (returned through get()'s $flags) shows whether the value was
compressed. min_savings 1.0 leaves no room for compressed output, so the value is stored raw.
E_DEPRECATED is masked so the 8.0 oracle's dynamic-property deprecation does not show;
module/dynamic_properties.phpt covers that difference.
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
$p = new MemcachePool;
$p->addServer($host, $port);
function stored_flags($p, $value) {
    $p->set('sct_effect_key', $value);
    $flags = null;
    $got = $p->get('sct_effect_key', $flags);
    return [$got === $value, $flags];
}
$v = str_repeat('a', 200);
var_dump(stored_flags($p, $v));                  // default threshold 20000: raw
var_dump($p->setCompressThreshold(100, 1.5));    // rejected, but threshold is now 100
var_dump(stored_flags($p, $v));                  // compressed
var_dump($p->setCompressThreshold(0, -0.1));     // rejected, but threshold is now 0 (off)
var_dump(stored_flags($p, str_repeat('a', 30000)));
var_dump($p->setCompressThreshold(100, 1.0));    // accepted: no savings possible -> raw
var_dump(stored_flags($p, $v));
var_dump($p->setCompressThreshold(100, 0.0));
var_dump(stored_flags($p, $v));
var_dump($p->setCompressThreshold(-1, 0.5));     // rejected before anything is changed
var_dump(stored_flags($p, $v));
var_dump($p->delete('sct_effect_key'));
?>
--EXPECTF--
array(2) {
  [0]=>
  bool(true)
  [1]=>
  int(0)
}

Warning: MemcachePool::setcompressthreshold(): min_savings must be a float in the 0..1 range in %s on line %d
bool(false)
array(2) {
  [0]=>
  bool(true)
  [1]=>
  int(2)
}

Warning: MemcachePool::setcompressthreshold(): min_savings must be a float in the 0..1 range in %s on line %d
bool(false)
array(2) {
  [0]=>
  bool(true)
  [1]=>
  int(0)
}
bool(true)
array(2) {
  [0]=>
  bool(true)
  [1]=>
  int(0)
}
bool(true)
array(2) {
  [0]=>
  bool(true)
  [1]=>
  int(2)
}

Warning: MemcachePool::setcompressthreshold(): threshold must be a positive integer in %s on line %d
bool(false)
array(2) {
  [0]=>
  bool(true)
  [1]=>
  int(2)
}
bool(true)
