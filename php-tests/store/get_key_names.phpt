--TEST--
get() with an array: result keys are the names as the server echoes them (normalised: spaces and control bytes become _)
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
// multi-get names differ (spec §4.6), see get_key_names_binary.phpt.
require __DIR__ . '/../config.inc';
$m = test_memcache();
$p = "store_get_key_names";
var_dump($m->set("$p a b", "spaced"));
var_dump($m->get("{$p}_a_b"));
var_dump($m->get(["$p a b"]));
var_dump($m->get(["$p\ta\nb"]));
// both spellings of the same item collapse to one entry
var_dump($m->get(["$p a b", "{$p}_a_b", "$p\ra\x01b"]));
$m->delete("{$p}_a_b");
// with a key prefix (spec §3.1) the names carry the prefix; $flags and $cas are keyed the same way
ini_set('memcache.prefix_static_key', 'pfx_');
$m2 = test_memcache();   // the prefix is computed when a server is added
var_dump($m2->set("$p k", "prefixed"));
$r = $m2->get(["$p k"], $flags, $cas);
echo json_encode([array_keys($r), array_keys($flags), array_keys($cas)]), "\n";
$m2->delete("$p k");
?>
--EXPECT--
bool(true)
string(6) "spaced"
array(1) {
  ["store_get_key_names_a_b"]=>
  string(6) "spaced"
}
array(1) {
  ["store_get_key_names_a_b"]=>
  string(6) "spaced"
}
array(1) {
  ["store_get_key_names_a_b"]=>
  string(6) "spaced"
}
bool(true)
[["pfx_store_get_key_names_k"],["pfx_store_get_key_names_k"],["pfx_store_get_key_names_k"]]
