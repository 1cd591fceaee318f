--TEST--
remember(): a server that is down or fails makes remember() compute and return the value (fail open), with the usual notice (issue 14; suite's protocol)
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = new MemcachePool;
$m->addServer($host, $refused_port);
$calls = 0;
var_dump($m->remember('remember_dead', function ($k) use (&$calls) { $calls++; return "v:$k"; }, 60));
var_dump($m->remember('remember_dead', function ($k) use (&$calls) { $calls++; return [1, 2]; }, 60, 10));
echo "calls: $calls\n";
// No server at all: the usual warning, and computed too.
$e = new MemcachePool;
var_dump($e->remember('remember_dead', fn() => 'none'));
// A server that dies between two calls.
require __DIR__ . '/../failure/fake_server.inc';
$srv = fake_server_start([], true);
$f = new MemcachePool;
$f->addServer('127.0.0.1', $srv['port']);
var_dump($f->remember('remember_dead2', fn() => 'closed'));
fake_server_finish($srv);
?>
--EXPECTF--
Notice: MemcachePool::remember(): Server %s (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
string(15) "v:remember_dead"
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
calls: 2

Warning: MemcachePool::remember(): No servers added to memcache connection in %s on line %d
string(4) "none"

Notice: MemcachePool::remember(): Server 127.0.0.1 (tcp %d, udp 0) failed with: %s in %s on line %d
string(6) "closed"
