--TEST--
memcache_debug() always warns that it is deprecated and returns false
--DESCRIPTION--
Spec §2.4: E_WARNING "memcache_debug() is deprecated, please use a debugger (like Eclipse + CDT)", returns false.
Oracle: the argument is not checked at all (no ArgumentCountError for 0 or 3 arguments), although Reflection
shows $on_off as required.
--INI--
error_reporting=E_ALL
--FILE--
<?php
var_dump(memcache_debug(true));
var_dump(memcache_debug(false));
var_dump(memcache_debug());
var_dump(memcache_debug(1, 2, 3));
?>
--EXPECTF--

Warning: memcache_debug(): memcache_debug() is deprecated, please use a debugger (like Eclipse + CDT) in %s on line %d
bool(false)

Warning: memcache_debug(): memcache_debug() is deprecated, please use a debugger (like Eclipse + CDT) in %s on line %d
bool(false)

Warning: memcache_debug(): memcache_debug() is deprecated, please use a debugger (like Eclipse + CDT) in %s on line %d
bool(false)

Warning: memcache_debug(): memcache_debug() is deprecated, please use a debugger (like Eclipse + CDT) in %s on line %d
bool(false)
