--TEST--
Issue 15, kept: the same server added twice, with redundancy 2, gets each write once (the reference applies every write twice)
--DESCRIPTION--
Reference bug not copied (README): with memcache.redundancy=2 and the same host and port added twice, the C
extension sends every write to "both" servers, that is twice to the same memcached, so append() appends
twice and increment() adds twice. Both entries map every key to the same server; a write goes to each
distinct server of the key's chain once.
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--INI--
memcache.redundancy=2
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = new MemcachePool;
$m->addServer($host, $port);
$m->addServer($host, $port);
$m->set('i15_keep_twice', 'v');
var_dump($m->append('i15_keep_twice', 'x'), $m->get('i15_keep_twice'));
$m->set('i15_keep_twice', 1);
var_dump($m->increment('i15_keep_twice'), $m->get('i15_keep_twice'));
var_dump($m->increment(['i15_keep_twice'], 5), $m->get('i15_keep_twice'));
$m->delete('i15_keep_twice');
?>
--EXPECT--
bool(true)
string(2) "vx"
int(2)
int(2)
array(1) {
  ["i15_keep_twice"]=>
  int(7)
}
int(7)
