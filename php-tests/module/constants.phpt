--TEST--
The 6 MEMCACHE_* constants and their values
--FILE--
<?php
var_dump((new ReflectionExtension('memcache'))->getConstants());
var_dump(get_defined_constants(true)['memcache']);
var_dump(MEMCACHE_COMPRESSED, MEMCACHE_USER1, MEMCACHE_USER2, MEMCACHE_USER3, MEMCACHE_USER4, MEMCACHE_HAVE_SESSION);
?>
--EXPECT--
array(6) {
  ["MEMCACHE_COMPRESSED"]=>
  int(2)
  ["MEMCACHE_USER1"]=>
  int(65536)
  ["MEMCACHE_USER2"]=>
  int(131072)
  ["MEMCACHE_USER3"]=>
  int(262144)
  ["MEMCACHE_USER4"]=>
  int(524288)
  ["MEMCACHE_HAVE_SESSION"]=>
  int(1)
}
array(6) {
  ["MEMCACHE_COMPRESSED"]=>
  int(2)
  ["MEMCACHE_USER1"]=>
  int(65536)
  ["MEMCACHE_USER2"]=>
  int(131072)
  ["MEMCACHE_USER3"]=>
  int(262144)
  ["MEMCACHE_USER4"]=>
  int(524288)
  ["MEMCACHE_HAVE_SESSION"]=>
  int(1)
}
int(2)
int(65536)
int(131072)
int(262144)
int(524288)
int(1)
