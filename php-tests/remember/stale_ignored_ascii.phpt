--TEST--
remember() under ascii: $stale has no effect, the value expires after $ttl (issue 14)
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
memcache.protocol=ascii
--FILE--
<?php
require __DIR__ . '/../config.inc';
$key = 'remember_stale_ignored_' . getmypid();
$m = test_memcache();
$m->delete($key);
var_dump($m->remember($key, fn() => 'first', 1, 60));
sleep(3);
var_dump($m->get($key));
var_dump($m->remember($key, fn() => 'second', 1, 60));
$m->delete($key);
?>
--EXPECT--
string(5) "first"
bool(false)
string(6) "second"
