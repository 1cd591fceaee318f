--TEST--
memcache.compress_threshold must be >= 0
--DESCRIPTION--
Spec §9: negative and non-numeric values are rejected with "memcache.compress_threshold must be a positive integer ('%s' given)"; 0 is accepted. The oracle also accepts the empty string (strtol gives 0, which is >= 0).
--INI--
error_reporting=E_ALL
--FILE--
<?php
$n = "memcache.compress_threshold";
foreach (["-1", "abc", "1.5", "0", "", "100"] as $v) {
    var_dump(ini_set($n, $v));
    var_dump(ini_get($n));
}
?>
--EXPECTF--

Warning: ini_set(): memcache.compress_threshold must be a positive integer ('-1' given) in %s on line %d
bool(false)
string(5) "20000"

Warning: ini_set(): memcache.compress_threshold must be a positive integer ('abc' given) in %s on line %d
bool(false)
string(5) "20000"

Warning: ini_set(): memcache.compress_threshold must be a positive integer ('1.5' given) in %s on line %d
bool(false)
string(5) "20000"
string(5) "20000"
string(1) "0"
string(1) "0"
string(0) ""
string(0) ""
string(3) "100"
