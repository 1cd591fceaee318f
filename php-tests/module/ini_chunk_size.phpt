--TEST--
memcache.chunk_size must be a positive integer
--DESCRIPTION--
Spec §9: 0 and -1 (and non-numeric strings) are rejected with an ini_set() warning, ini_set() returns false, the old value stays.
--INI--
error_reporting=E_ALL
--FILE--
<?php
$n = "memcache.chunk_size";
foreach (["0", "-1", "abc", "", "1k", "8192x"] as $v) {
    var_dump(ini_set($n, $v));
    var_dump(ini_get($n));
}
var_dump(ini_set($n, "8192"));
var_dump(ini_set($n, 1));
var_dump(ini_get($n));
?>
--EXPECTF--

Warning: ini_set(): memcache.chunk_size must be a positive integer ('0' given) in %s on line %d
bool(false)
string(5) "32768"

Warning: ini_set(): memcache.chunk_size must be a positive integer ('-1' given) in %s on line %d
bool(false)
string(5) "32768"

Warning: ini_set(): memcache.chunk_size must be a positive integer ('abc' given) in %s on line %d
bool(false)
string(5) "32768"

Warning: ini_set(): memcache.chunk_size must be a positive integer ('' given) in %s on line %d
bool(false)
string(5) "32768"

Warning: ini_set(): memcache.chunk_size must be a positive integer ('1k' given) in %s on line %d
bool(false)
string(5) "32768"

Warning: ini_set(): memcache.chunk_size must be a positive integer ('8192x' given) in %s on line %d
bool(false)
string(5) "32768"
string(5) "32768"
string(4) "8192"
string(1) "1"
