--TEST--
Issue 15 item 5: increment()/decrement() by PHP_INT_MIN both send a decrement of 9223372036854775808
--DESCRIPTION--
decrement() negates its delta and a negative delta turns into the other command (spec §4.8). The reference's
negation wraps, so -PHP_INT_MIN is PHP_INT_MIN again: decrement($k, PHP_INT_MIN) sends a decrement of 2^63,
exactly like increment($k, PHP_INT_MIN), and a value of 100 drops to 0 (memcached stops at 0), under both
protocols. Expected output recorded from pecl/memcache 8.2 (PHP 8.4).
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = test_pool();
foreach (['decrement', 'increment'] as $op) {
    $m->set('i15_5_k', 100);
    var_dump($m->$op('i15_5_k', PHP_INT_MIN), $m->get('i15_5_k'));
    $m->set('i15_5_k', 100);
    var_dump($m->$op(['i15_5_k'], PHP_INT_MIN));
}
?>
--EXPECTF--
int(0)
int(0)
array(1) {
  ["i15_5_k"]=>
  int(0)
}
int(0)
int(0)
array(1) {
  ["i15_5_k"]=>
  int(0)
}
