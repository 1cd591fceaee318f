--TEST--
memcache.select_api: select|poll, default select
--DESCRIPTION--
Spec §9 (8.2 only): memcache.select_api defaults to "select", accepts "select" and "poll" (on Linux) and rejects
anything else with "memcache.select_api must be in set {select, poll} ('%s' given)".
The 8.0 oracle has no such INI entry (ini_get() returns false and ini_set() returns false without a warning),
so the oracle fails this test on purpose. Written from the spec only.
--INI--
error_reporting=E_ALL
--FILE--
<?php
$n = 'memcache.select_api';
var_dump(ini_get($n));
var_dump(ini_set($n, 'poll'));
var_dump(ini_get($n));
var_dump(ini_set($n, 'epoll'));
var_dump(ini_get($n));
var_dump(ini_set($n, ''));
var_dump(ini_get($n));
var_dump(ini_set($n, 'select'));
var_dump(ini_get($n));
?>
--EXPECTF--
string(6) "select"
string(6) "select"
string(4) "poll"

Warning: ini_set(): memcache.select_api must be in set {select, poll} ('epoll' given) in %s on line %d
bool(false)
string(4) "poll"

Warning: ini_set(): memcache.select_api must be in set {select, poll} ('' given) in %s on line %d
bool(false)
string(4) "poll"
string(4) "poll"
string(6) "select"
