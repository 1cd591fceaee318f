--TEST--
binary get() with an array: result keys (and the $flags/$cas keys) are the caller's original keys, not the normalised ones (spec §4.6)
--DESCRIPTION--
Binary twin of get_key_names.phpt. Binary multi-get (GETQ…NOOP) maps each answer back through its opaque
index to the key as the caller passed it (string-converted). So distinct spellings of one item ("a b", "a_b",
"\ra\x01b") each get their own entry, while the very same key twice collapses into one. A key prefix is not
part of the result names either. Keys are printed with json_encode to keep control bytes visible.
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=binary
--FILE--
<?php
// E_DEPRECATED is masked (--INI--) only because the 8.0 oracle emits "Creation of dynamic property
// Memcache::$connection is deprecated" on PHP 8.2; 8.2 (spec §1) must not emit it at all.
require __DIR__ . '/../config.inc';
$m = test_memcache();
$p = "store_get_key_names_binary";
$show = function ($r) {
    if (!is_array($r)) { var_dump($r); return; }
    echo "[", implode(", ", array_map(fn($k, $v) => json_encode($k) . " => " . json_encode($v), array_keys($r), $r)), "]\n";
};
var_dump($m->set("$p a b", "spaced"));
var_dump($m->get("{$p}_a_b"));
$show($m->get(["$p a b"], $flags, $cas));
$show($flags);
echo json_encode(array_keys($cas)), "\n";
$show($m->get(["$p\ta\nb"]));
// distinct spellings of the same item: one entry per original key
$show($m->get(["$p a b", "{$p}_a_b", "$p\ra\x01b"], $flags2));
$show($flags2);
// the same key twice: one entry
$show($m->get(["$p a b", "$p a b"]));
// a miss leaves no entry
$show($m->get(["$p a b", "{$p}_missing"]));
$m->delete("{$p}_a_b");
// with a key prefix (spec §3.1) the names are still the caller's keys, without the prefix
ini_set('memcache.prefix_static_key', 'pfx_');
$m2 = test_memcache();   // the prefix is computed when a server is added
var_dump($m2->set("$p k", "prefixed"));
$r = $m2->get(["$p k"], $flags3, $cas3);
echo json_encode([array_keys($r), array_keys($flags3), array_keys($cas3)]), "\n";
$m2->delete("$p k");
?>
--EXPECT--
bool(true)
string(6) "spaced"
["store_get_key_names_binary a b" => "spaced"]
["store_get_key_names_binary a b" => 0]
["store_get_key_names_binary a b"]
["store_get_key_names_binary\ta\nb" => "spaced"]
["store_get_key_names_binary a b" => "spaced", "store_get_key_names_binary_a_b" => "spaced", "store_get_key_names_binary\ra\u0001b" => "spaced"]
["store_get_key_names_binary a b" => 0, "store_get_key_names_binary_a_b" => 0, "store_get_key_names_binary\ra\u0001b" => 0]
["store_get_key_names_binary a b" => "spaced"]
["store_get_key_names_binary a b" => "spaced"]
bool(true)
[["store_get_key_names_binary k"],["store_get_key_names_binary k"],["store_get_key_names_binary k"]]
