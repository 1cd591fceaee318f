--TEST--
ASCII incr/decr wire bytes: absolute delta, direction flipped for negative values, defval/exptime never sent (§4.8, §7.2)
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=ascii
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/../failure/fake_server.inc';
$srv = fake_server_start(["6\r\n", "3\r\n", "5\r\n", "4\r\n", "NOT_FOUND\r\n", "9\r\nNOT_FOUND\r\n", "18446744073709551615\r\n"]);
$m = new Memcache;
var_dump($m->connect('127.0.0.1', $srv['port']));
var_dump($m->increment('k', 5, 7, 9));
var_dump($m->increment('k', -3));
var_dump($m->decrement('k', -2));
var_dump($m->decrement('k'));
var_dump($m->decrement('k', 1, 0, 10));
var_dump($m->increment(['a b', 'c'], 2, 1, 1));
var_dump($m->increment('big'));   // above PHP_INT_MAX: ASCII saturates (strtol)
var_dump($m->close());
fake_server_dump(fake_server_finish($srv));
?>
--EXPECTF--
bool(true)
int(6)
int(3)
int(5)
int(4)
bool(false)
array(2) {
  ["a_b"]=>
  int(9)
  ["c%0"]=>
  bool(false)
}
int(9223372036854775807)
bool(true)
req 0: incr k 5\r\n
req 1: decr k 3\r\n
req 2: incr k 2\r\n
req 3: decr k 1\r\n
req 4: decr k 1\r\n
req 5: incr a_b 2\r\nincr c 2\r\n
req 6: incr big 1\r\n
