--TEST--
get() of a missing key: false, and the by-reference $flags/$cas are left untouched
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
// E_DEPRECATED is masked (--INI--) only because the 8.0 oracle emits "Creation of dynamic property
// Memcache::$connection is deprecated" on PHP 8.2; 8.2 (spec §1) must not emit it at all.
require __DIR__ . '/../config.inc';
$m = test_memcache();
$k = "store_get_miss";
$m->delete($k);
$flags = "flags untouched"; $cas = "cas untouched";
var_dump($m->get($k, $flags, $cas));
var_dump($flags, $cas);
$flags = 123;
var_dump($m->get($k, $flags));
var_dump($flags);
var_dump(memcache_get($m, $k, $flags, $cas), $flags, $cas);
// an undefined variable passed by reference stays NULL
var_dump($m->get($k, $newflags, $newcas), $newflags, $newcas);
?>
--EXPECT--
bool(false)
string(15) "flags untouched"
string(13) "cas untouched"
bool(false)
int(123)
bool(false)
int(123)
string(13) "cas untouched"
bool(false)
NULL
NULL
