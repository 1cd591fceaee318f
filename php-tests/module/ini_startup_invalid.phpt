--TEST--
Invalid memcache.* settings given with -d (--INI--) warn at startup and keep the defaults
--DESCRIPTION--
The extension's INI validators also run at startup: they warn with the "PHP Startup: " prefix
("in Unknown on line 0") and the default stays. memcache.allow_failover only gets PHP's own integer warning.
Warnings appear in INI registration order (spec §9 table order).
--INI--
error_reporting=E_ALL
memcache.lock_timeout=0
memcache.redundancy=0
memcache.protocol=foo
memcache.prefix_static_key=a.b
memcache.hash_strategy=bar
memcache.chunk_size=abc
memcache.allow_failover=abc
memcache.session_redundancy=-1
--FILE--
<?php
foreach (['memcache.allow_failover', 'memcache.chunk_size', 'memcache.protocol', 'memcache.hash_strategy',
          'memcache.redundancy', 'memcache.session_redundancy', 'memcache.lock_timeout', 'memcache.prefix_static_key'] as $n) {
    echo $n, ': ', var_export(ini_get($n), true), "\n";
}
?>
--EXPECT--

Warning: Invalid "memcache.allow_failover" setting. Invalid quantity "abc": no valid leading digits, interpreting as "0" for backwards compatibility in Unknown on line 0

Warning: PHP Startup: memcache.chunk_size must be a positive integer ('abc' given) in Unknown on line 0

Warning: PHP Startup: memcache.protocol must be in set {ascii, binary, meta} ('foo' given) in Unknown on line 0

Warning: PHP Startup: memcache.hash_strategy must be in set {standard, consistent} ('bar' given) in Unknown on line 0

Warning: PHP Startup: memcache.redundancy must be a positive integer ('0' given) in Unknown on line 0

Warning: PHP Startup: memcache.redundancy must be a positive integer ('-1' given) in Unknown on line 0

Warning: PHP Startup: memcache.lock_timeout must be a positive integer ('0' given) in Unknown on line 0

Warning: PHP Startup: memcache.session_prefix_static_key cannot have dot inside (.) in Unknown on line 0
memcache.allow_failover: 'abc'
memcache.chunk_size: '32768'
memcache.protocol: 'ascii'
memcache.hash_strategy: 'consistent'
memcache.redundancy: '1'
memcache.session_redundancy: '2'
memcache.lock_timeout: '15'
memcache.prefix_static_key: ''
