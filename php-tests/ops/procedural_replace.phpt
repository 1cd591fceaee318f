--TEST--
memcache_replace() stores only when the key exists
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
; ASCII: in binary a missing key is a server failure (§7.4); binary twin: procedural_replace_binary.phpt
memcache.protocol=ascii
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = test_memcache();
$k = 'ops_procedural_replace_' . getmypid();
$m->delete($k);
var_dump(memcache_replace($m, $k, 'x'));
var_dump($m->get($k));
$m->set($k, 'old');
var_dump(memcache_replace($m, $k, 'new'));
var_dump($m->get($k));
$m->delete($k);
?>
--EXPECT--
bool(false)
bool(false)
bool(true)
string(3) "new"
