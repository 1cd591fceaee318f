--TEST--
append()/prepend(): concatenate onto an existing item; false silently on a missing key
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=ascii
--FILE--
<?php
// E_DEPRECATED is masked (--INI--) only because the 8.0 oracle emits "Creation of dynamic property
// Memcache::$connection is deprecated" on PHP 8.2; 8.2 (spec §1) must not emit it at all.
// memcache.protocol is pinned to ascii: the expected results are the ASCII ones (spec §7.3); the binary
// protocol differs here (spec §7.4), see append_prepend_binary.phpt.
require __DIR__ . '/../config.inc';
$m = test_memcache();
$k = "store_append_prepend";
$m->delete($k);
var_dump($m->append($k, "tail"));
var_dump($m->prepend($k, "head"));
var_dump($m->get($k));
var_dump($m->set($k, "mid"));
var_dump($m->append($k, "-tail"));
var_dump($m->prepend($k, "head-"));
var_dump($m->get($k));
var_dump(memcache_append($m, $k, "!"), memcache_prepend($m, $k, "!"));
var_dump($m->get($k));
$m->delete($k);
?>
--EXPECT--
bool(false)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
string(13) "head-mid-tail"
bool(true)
bool(true)
string(15) "!head-mid-tail!"
