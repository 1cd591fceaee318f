--TEST--
Positive-integer INI settings: an out-of-range number passes validation and gets PHP's own overflow warning
--DESCRIPTION--
Oracle behaviour not described by the spec: "99999999999999999999" passes the extension's check and is stored
through PHP's integer INI handler, which warns (no function prefix) 'Invalid "<name>" setting. Invalid quantity
"...": value is out of range, using overflow result for backwards compatibility'.
--INI--
error_reporting=E_ALL
--FILE--
<?php
foreach (['memcache.max_failover_attempts', 'memcache.chunk_size', 'memcache.redundancy',
          'memcache.compress_threshold', 'memcache.lock_timeout'] as $n) {
    var_dump(ini_set($n, '99999999999999999999'));
    var_dump(ini_get($n));
}
?>
--EXPECTF--

Warning: Invalid "memcache.max_failover_attempts" setting. Invalid quantity "99999999999999999999": value is out of range, using overflow result for backwards compatibility in %s on line %d
string(2) "20"
string(20) "99999999999999999999"

Warning: Invalid "memcache.chunk_size" setting. Invalid quantity "99999999999999999999": value is out of range, using overflow result for backwards compatibility in %s on line %d
string(5) "32768"
string(20) "99999999999999999999"

Warning: Invalid "memcache.redundancy" setting. Invalid quantity "99999999999999999999": value is out of range, using overflow result for backwards compatibility in %s on line %d
string(1) "1"
string(20) "99999999999999999999"

Warning: Invalid "memcache.compress_threshold" setting. Invalid quantity "99999999999999999999": value is out of range, using overflow result for backwards compatibility in %s on line %d
string(5) "20000"
string(20) "99999999999999999999"

Warning: Invalid "memcache.lock_timeout" setting. Invalid quantity "99999999999999999999": value is out of range, using overflow result for backwards compatibility in %s on line %d
string(2) "15"
string(20) "99999999999999999999"
