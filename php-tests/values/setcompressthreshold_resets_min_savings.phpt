--TEST--
setCompressThreshold() without min_savings sets it back to 0.2
--DESCRIPTION--
Found while checking issue 15 against the reference's source: pecl/memcache 8.2 sets min_savings to its
default (0.2) whenever setCompressThreshold() is called without one (or with 0.2), instead of keeping a
value set by an earlier call. A value that saves about half its size is stored raw under min_savings 0.9,
and compressed (flag 2) again after setCompressThreshold(10). Expected output recorded from pecl/memcache
8.2 (PHP 8.4).
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = test_pool();
$v = '';
for ($i = 0; $i < 40; $i++) $v .= md5((string)$i);
foreach ([[10, 0.9], [10, null], [10, 0.9], [10, 0.2]] as [$threshold, $savings]) {
    var_dump($savings === null ? $m->setCompressThreshold($threshold) : $m->setCompressThreshold($threshold, $savings));
    $m->set('cts_k', $v);
    $f = 0;
    var_dump($m->get('cts_k', $f) === $v, $f);
}
$m->delete('cts_k');
?>
--EXPECTF--
bool(true)
bool(true)
int(0)
bool(true)
bool(true)
int(2)
bool(true)
bool(true)
int(0)
bool(true)
bool(true)
int(2)
