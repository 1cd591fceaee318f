--TEST--
increment() keeps an existing item's flags (ASCII, and binary too): an int stays int, a numeric string stays string on the next get (§4.8)
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = test_memcache();
$k = 'ops_incr_keeps_stored_type_' . getmypid();
var_dump($m->set($k . '_int', 41));
var_dump($m->increment($k . '_int'));
var_dump($m->get($k . '_int', $flags), $flags);
var_dump($m->set($k . '_str', '41'));
var_dump($m->decrement($k . '_str'));
var_dump($m->get($k . '_str', $flags), $flags);
var_dump($m->set($k . '_user', 7, MEMCACHE_USER1));
var_dump($m->increment($k . '_user', 3));
var_dump($m->get($k . '_user', $flags), $flags);
$m->delete($k . '_int'); $m->delete($k . '_str'); $m->delete($k . '_user');
?>
--EXPECT--
bool(true)
int(42)
int(42)
int(768)
bool(true)
int(40)
string(2) "40"
int(0)
bool(true)
int(10)
int(10)
int(66304)
