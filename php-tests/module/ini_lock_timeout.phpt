--TEST--
memcache.lock_timeout must be a positive integer
--DESCRIPTION--
Spec §9: "memcache.lock_timeout must be a positive integer ('%s' given)".
--INI--
error_reporting=E_ALL
--FILE--
<?php
$n = "memcache.lock_timeout";
foreach (["0", "-1", "abc", ""] as $v) {
    var_dump(ini_set($n, $v));
    var_dump(ini_get($n));
}
var_dump(ini_set($n, "30"));
var_dump(ini_get($n));
?>
--EXPECTF--

Warning: ini_set(): memcache.lock_timeout must be a positive integer ('0' given) in %s on line %d
bool(false)
string(2) "15"

Warning: ini_set(): memcache.lock_timeout must be a positive integer ('-1' given) in %s on line %d
bool(false)
string(2) "15"

Warning: ini_set(): memcache.lock_timeout must be a positive integer ('abc' given) in %s on line %d
bool(false)
string(2) "15"

Warning: ini_set(): memcache.lock_timeout must be a positive integer ('' given) in %s on line %d
bool(false)
string(2) "15"
string(2) "15"
string(2) "30"
