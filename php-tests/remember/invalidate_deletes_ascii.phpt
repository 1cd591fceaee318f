--TEST--
invalidate() under ascii deletes the keys (no stale items without meta); remember() then computes again (issue 14)
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
memcache.protocol=ascii
--FILE--
<?php
require __DIR__ . '/../config.inc';
$key = 'remember_inval_del_' . getmypid();
$m = test_memcache();
$m->delete($key);
var_dump($m->remember($key, fn() => 'old', 60));
var_dump($m->invalidate($key));
var_dump($m->get($key));
var_dump($m->invalidate($key));
var_dump($m->remember($key, fn() => 'new', 60));
var_dump(memcache_invalidate($m, [$key, $key . '_missing']));
var_dump($m->get($key));
?>
--EXPECT--
string(3) "old"
bool(true)
bool(false)
bool(false)
string(3) "new"
bool(false)
bool(false)
