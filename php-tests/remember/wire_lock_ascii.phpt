--TEST--
remember() under ascii, wire bytes: a get; on a miss, add <key>.lease (flags 768, lock_timeout) pipelined with a get; the winner's set and the lock's delete in one round trip; a throwing $compute deletes the lock; a waiter polls add+get (issue 14)
--INI--
memcache.protocol=ascii
memcache.lock_timeout=7
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/../failure/fake_server.inc';
$srv = fake_server_start([
    "END\r\n", "STORED\r\nEND\r\n", "STORED\r\nDELETED\r\n",         // miss, won, stored
    "END\r\n", "STORED\r\nEND\r\n", "DELETED\r\n",                  // miss, won, threw
    "END\r\n", "NOT_STORED\r\nEND\r\n", "NOT_STORED\r\nVALUE l_c 0 1\r\nw\r\nEND\r\n",  // waited
    "END\r\n", "STORED\r\nVALUE l_d 0 1\r\nx\r\nEND\r\n", "DELETED\r\n",  // the value came first
    "VALUE l_e 0 1\r\ny\r\nEND\r\n",                                 // hit
]);
$m = new MemcachePool;
$m->addServer('127.0.0.1', $srv['port']);
var_dump($m->remember('l_a', fn() => 'v', 60, 30));
try { $m->remember('l_b', function () { throw new LogicException('nope'); }); } catch (LogicException $e) { echo $e->getMessage(), "\n"; }
var_dump($m->remember('l_c', fn() => 'not called'));
var_dump($m->remember('l_d', fn() => 'not called'));
var_dump($m->remember('l_e', fn() => 'not called'));
$m->close();
fake_server_dump(fake_server_finish($srv));
?>
--EXPECT--
string(1) "v"
nope
string(1) "w"
string(1) "x"
string(1) "y"
req 0: get l_a\r\n
req 1: add l_a.lease 768 7 1\r\n1\r\nget l_a\r\n
req 2: set l_a 0 60 1\r\nv\r\ndelete l_a.lease\r\n
req 3: get l_b\r\n
req 4: add l_b.lease 768 7 1\r\n1\r\nget l_b\r\n
req 5: delete l_b.lease\r\n
req 6: get l_c\r\n
req 7: add l_c.lease 768 7 1\r\n1\r\nget l_c\r\n
req 8: add l_c.lease 768 7 1\r\n1\r\nget l_c\r\n
req 9: get l_d\r\n
req 10: add l_d.lease 768 7 1\r\n1\r\nget l_d\r\n
req 11: delete l_d.lease\r\n
req 12: get l_e\r\n
