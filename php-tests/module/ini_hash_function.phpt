--TEST--
memcache.hash_function accepts crc32|fnv case-insensitively and stores the string as typed
--DESCRIPTION--
Spec §9: anything else gives "memcache.hash_function must be in set {crc32, fnv} ('%s' given)".
--INI--
error_reporting=E_ALL
--FILE--
<?php
$n = "memcache.hash_function";
foreach (["FNV", "Crc32", "md5", "", "fnv1a", "fnv"] as $v) {
    var_dump(ini_set($n, $v));
    var_dump(ini_get($n));
}
?>
--EXPECTF--
string(5) "crc32"
string(3) "FNV"
string(3) "FNV"
string(5) "Crc32"

Warning: ini_set(): memcache.hash_function must be in set {crc32, fnv} ('md5' given) in %s on line %d
bool(false)
string(5) "Crc32"

Warning: ini_set(): memcache.hash_function must be in set {crc32, fnv} ('' given) in %s on line %d
bool(false)
string(5) "Crc32"

Warning: ini_set(): memcache.hash_function must be in set {crc32, fnv} ('fnv1a' given) in %s on line %d
bool(false)
string(5) "Crc32"
string(5) "Crc32"
string(3) "fnv"
