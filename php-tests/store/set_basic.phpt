--TEST--
set(): stores a value, overwrites an existing one, and get() reads it back
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
// E_DEPRECATED is masked only because the 8.0 oracle emits "Creation of dynamic property
// Memcache::$connection" on PHP 8.2; the 8.2 behaviour (spec §1) emits nothing either way.
require __DIR__ . '/../config.inc';
$m = test_memcache();
var_dump(error_reporting() === (E_ALL & ~E_DEPRECATED));
$m->delete('store_set_basic');
var_dump($m->set('store_set_basic', 'first'));
var_dump($m->get('store_set_basic'));
var_dump($m->set('store_set_basic', 'second'));
var_dump($m->get('store_set_basic'));
var_dump(memcache_set($m, 'store_set_basic', 'third'));
var_dump($m->get('store_set_basic'));
$m->delete('store_set_basic');
?>
--EXPECT--
bool(true)
bool(true)
string(5) "first"
bool(true)
string(6) "second"
bool(true)
string(5) "third"
