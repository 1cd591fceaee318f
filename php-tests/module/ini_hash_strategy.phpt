--TEST--
memcache.hash_strategy accepts standard|consistent case-insensitively and stores the string as typed
--DESCRIPTION--
Spec §9: an invalid value is rejected with "memcache.hash_strategy must be in set {standard, consistent} ('%s' given)" and the old value stays.
--INI--
error_reporting=E_ALL
--FILE--
<?php
$n = "memcache.hash_strategy";
foreach (["STANDARD", "Consistent", "foo", "", "standard ", "standard"] as $v) {
    var_dump(ini_set($n, $v));
    var_dump(ini_get($n));
}
?>
--EXPECTF--
string(10) "consistent"
string(8) "STANDARD"
string(8) "STANDARD"
string(10) "Consistent"

Warning: ini_set(): memcache.hash_strategy must be in set {standard, consistent} ('foo' given) in %s on line %d
bool(false)
string(10) "Consistent"

Warning: ini_set(): memcache.hash_strategy must be in set {standard, consistent} ('' given) in %s on line %d
bool(false)
string(10) "Consistent"

Warning: ini_set(): memcache.hash_strategy must be in set {standard, consistent} ('standard ' given) in %s on line %d
bool(false)
string(10) "Consistent"
string(10) "Consistent"
string(8) "standard"
