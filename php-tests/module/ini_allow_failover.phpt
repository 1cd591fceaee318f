--TEST--
memcache.allow_failover: no validation; ini_set returns the old value; "abc" gives PHP's own integer-setting warning
--DESCRIPTION--
Spec §9: plain integer parse, "abc" is accepted (effective value 0) and PHP 8.2's standard integer INI handler
warns without a function prefix.
--INI--
error_reporting=E_ALL
--FILE--
<?php
var_dump(ini_get('memcache.allow_failover'));
var_dump(ini_set('memcache.allow_failover', '0'));
var_dump(ini_get('memcache.allow_failover'));
var_dump(ini_set('memcache.allow_failover', 'abc'));
var_dump(ini_get('memcache.allow_failover'));
var_dump(ini_set('memcache.allow_failover', '-1'));
var_dump(ini_get('memcache.allow_failover'));
var_dump(ini_set('memcache.allow_failover', 1));
var_dump(ini_get('memcache.allow_failover'));
ini_restore('memcache.allow_failover');
var_dump(ini_get('memcache.allow_failover'));
?>
--EXPECTF--
string(1) "1"
string(1) "1"
string(1) "0"

Warning: Invalid "memcache.allow_failover" setting. Invalid quantity "abc": no valid leading digits, interpreting as "0" for backwards compatibility in %s on line %d
string(1) "0"
string(3) "abc"
string(3) "abc"
string(2) "-1"
string(2) "-1"
string(1) "1"
string(1) "1"
