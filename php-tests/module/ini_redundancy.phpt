--TEST--
memcache.redundancy must be a positive integer
--DESCRIPTION--
Spec §9: ini_set('memcache.redundancy', 0) gives "Warning: ini_set(): memcache.redundancy must be a positive integer ('0' given)"; the same for '-1' or any non-numeric string.
--INI--
error_reporting=E_ALL
--FILE--
<?php
$n = "memcache.redundancy";
foreach ([0, "-1", "abc", "", "2x"] as $v) {
    var_dump(ini_set($n, $v));
    var_dump(ini_get($n));
}
var_dump(ini_set($n, "3"));
var_dump(ini_get($n));
?>
--EXPECTF--

Warning: ini_set(): memcache.redundancy must be a positive integer ('0' given) in %s on line %d
bool(false)
string(1) "1"

Warning: ini_set(): memcache.redundancy must be a positive integer ('-1' given) in %s on line %d
bool(false)
string(1) "1"

Warning: ini_set(): memcache.redundancy must be a positive integer ('abc' given) in %s on line %d
bool(false)
string(1) "1"

Warning: ini_set(): memcache.redundancy must be a positive integer ('' given) in %s on line %d
bool(false)
string(1) "1"

Warning: ini_set(): memcache.redundancy must be a positive integer ('2x' given) in %s on line %d
bool(false)
string(1) "1"
string(1) "1"
string(1) "3"
