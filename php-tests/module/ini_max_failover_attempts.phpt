--TEST--
memcache.max_failover_attempts must be a positive integer
--DESCRIPTION--
Spec §9: rejected values give "ini_set(): memcache.max_failover_attempts must be a positive integer ('%s' given)",
ini_set() returns false and the old value stays.
--INI--
error_reporting=E_ALL
--FILE--
<?php
foreach (['0', '-1', 'abc', '', '3abc', '1.5', 0, -5] as $v) {
    var_dump(ini_set('memcache.max_failover_attempts', $v));
    var_dump(ini_get('memcache.max_failover_attempts'));
}
var_dump(ini_set('memcache.max_failover_attempts', '5'));
var_dump(ini_set('memcache.max_failover_attempts', 7));
var_dump(ini_get('memcache.max_failover_attempts'));
?>
--EXPECTF--

Warning: ini_set(): memcache.max_failover_attempts must be a positive integer ('0' given) in %s on line %d
bool(false)
string(2) "20"

Warning: ini_set(): memcache.max_failover_attempts must be a positive integer ('-1' given) in %s on line %d
bool(false)
string(2) "20"

Warning: ini_set(): memcache.max_failover_attempts must be a positive integer ('abc' given) in %s on line %d
bool(false)
string(2) "20"

Warning: ini_set(): memcache.max_failover_attempts must be a positive integer ('' given) in %s on line %d
bool(false)
string(2) "20"

Warning: ini_set(): memcache.max_failover_attempts must be a positive integer ('3abc' given) in %s on line %d
bool(false)
string(2) "20"

Warning: ini_set(): memcache.max_failover_attempts must be a positive integer ('1.5' given) in %s on line %d
bool(false)
string(2) "20"

Warning: ini_set(): memcache.max_failover_attempts must be a positive integer ('0' given) in %s on line %d
bool(false)
string(2) "20"

Warning: ini_set(): memcache.max_failover_attempts must be a positive integer ('-5' given) in %s on line %d
bool(false)
string(2) "20"
string(2) "20"
string(1) "5"
string(1) "7"
