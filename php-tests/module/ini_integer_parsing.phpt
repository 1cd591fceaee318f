--TEST--
Positive-integer INI settings: leading blanks and '+' accepted, trailing junk, hex and exponents rejected
--DESCRIPTION--
Oracle behaviour (the spec only says "must be a positive integer"): the value is parsed like C strtol with
the whole string consumed, so " 5", "+5" and "007" are accepted as typed while "5 ", "0x10", "1e3" are rejected.
--INI--
error_reporting=E_ALL
--FILE--
<?php
foreach (['memcache.max_failover_attempts', 'memcache.chunk_size', 'memcache.redundancy',
          'memcache.session_redundancy', 'memcache.compress_threshold', 'memcache.lock_timeout'] as $n) {
    echo "== $n\n";
    foreach ([' 5', '5 ', '+5', '0x10', '1e3', '007'] as $v) {
        $r = ini_set($n, $v);
        echo var_export($v, true), ' => ', var_export($r !== false, true), ' now ', var_export(ini_get($n), true), "\n";
    }
}
?>
--EXPECTF--
== memcache.max_failover_attempts
' 5' => true now ' 5'

Warning: ini_set(): memcache.max_failover_attempts must be a positive integer ('5 ' given) in %s on line %d
'5 ' => false now ' 5'
'+5' => true now '+5'

Warning: ini_set(): memcache.max_failover_attempts must be a positive integer ('0x10' given) in %s on line %d
'0x10' => false now '+5'

Warning: ini_set(): memcache.max_failover_attempts must be a positive integer ('1e3' given) in %s on line %d
'1e3' => false now '+5'
'007' => true now '007'
== memcache.chunk_size
' 5' => true now ' 5'

Warning: ini_set(): memcache.chunk_size must be a positive integer ('5 ' given) in %s on line %d
'5 ' => false now ' 5'
'+5' => true now '+5'

Warning: ini_set(): memcache.chunk_size must be a positive integer ('0x10' given) in %s on line %d
'0x10' => false now '+5'

Warning: ini_set(): memcache.chunk_size must be a positive integer ('1e3' given) in %s on line %d
'1e3' => false now '+5'
'007' => true now '007'
== memcache.redundancy
' 5' => true now ' 5'

Warning: ini_set(): memcache.redundancy must be a positive integer ('5 ' given) in %s on line %d
'5 ' => false now ' 5'
'+5' => true now '+5'

Warning: ini_set(): memcache.redundancy must be a positive integer ('0x10' given) in %s on line %d
'0x10' => false now '+5'

Warning: ini_set(): memcache.redundancy must be a positive integer ('1e3' given) in %s on line %d
'1e3' => false now '+5'
'007' => true now '007'
== memcache.session_redundancy
' 5' => true now ' 5'

Warning: ini_set(): memcache.redundancy must be a positive integer ('5 ' given) in %s on line %d
'5 ' => false now ' 5'
'+5' => true now '+5'

Warning: ini_set(): memcache.redundancy must be a positive integer ('0x10' given) in %s on line %d
'0x10' => false now '+5'

Warning: ini_set(): memcache.redundancy must be a positive integer ('1e3' given) in %s on line %d
'1e3' => false now '+5'
'007' => true now '007'
== memcache.compress_threshold
' 5' => true now ' 5'

Warning: ini_set(): memcache.compress_threshold must be a positive integer ('5 ' given) in %s on line %d
'5 ' => false now ' 5'
'+5' => true now '+5'

Warning: ini_set(): memcache.compress_threshold must be a positive integer ('0x10' given) in %s on line %d
'0x10' => false now '+5'

Warning: ini_set(): memcache.compress_threshold must be a positive integer ('1e3' given) in %s on line %d
'1e3' => false now '+5'
'007' => true now '007'
== memcache.lock_timeout
' 5' => true now ' 5'

Warning: ini_set(): memcache.lock_timeout must be a positive integer ('5 ' given) in %s on line %d
'5 ' => false now ' 5'
'+5' => true now '+5'

Warning: ini_set(): memcache.lock_timeout must be a positive integer ('0x10' given) in %s on line %d
'0x10' => false now '+5'

Warning: ini_set(): memcache.lock_timeout must be a positive integer ('1e3' given) in %s on line %d
'1e3' => false now '+5'
'007' => true now '007'
