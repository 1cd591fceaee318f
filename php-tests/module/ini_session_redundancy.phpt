--TEST--
memcache.session_redundancy must be a positive integer; the warning names memcache.redundancy
--DESCRIPTION--
Spec §9: the validation message of memcache.session_redundancy names memcache.redundancy.
--INI--
error_reporting=E_ALL
--FILE--
<?php
$n = "memcache.session_redundancy";
foreach (["0", "-1", "abc", ""] as $v) {
    var_dump(ini_set($n, $v));
    var_dump(ini_get($n));
}
var_dump(ini_set($n, "3"));
var_dump(ini_get($n));
var_dump(ini_get("memcache.redundancy"));
?>
--EXPECTF--

Warning: ini_set(): memcache.redundancy must be a positive integer ('0' given) in %s on line %d
bool(false)
string(1) "2"

Warning: ini_set(): memcache.redundancy must be a positive integer ('-1' given) in %s on line %d
bool(false)
string(1) "2"

Warning: ini_set(): memcache.redundancy must be a positive integer ('abc' given) in %s on line %d
bool(false)
string(1) "2"

Warning: ini_set(): memcache.redundancy must be a positive integer ('' given) in %s on line %d
bool(false)
string(1) "2"
string(1) "2"
string(1) "3"
string(1) "1"
