--TEST--
Issue 15, kept: a multi-key get of int/float keys whose server fails mid-reply returns what arrived, with the notice (the reference crashes)
--DESCRIPTION--
Reference bug not copied (README): pecl/memcache 8.2 crashes (segmentation fault) when a multi-key get whose
keys are not strings (an int, a float) loses its server in the middle of the reply, as it fails the keys
over. The keys are converted to strings as PHP converts them; the value that arrived before the failure is
returned, the server's failure is reported, and the other key is missing from the result.
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
; ASCII only: the fake server speaks the ASCII protocol
memcache.protocol=ascii
--FILE--
<?php
require __DIR__ . '/../config.inc';
require __DIR__ . '/fake_server.inc';
$srv = fake_server_start(["VALUE 1 0 1\r\na\r\nVALUE 2.5 0 10\r\nabc"], true);
ob_start(function ($out) use ($srv) { return str_replace("tcp {$srv['port']},", 'tcp PORT,', $out); });
$m = new MemcachePool;
$m->addServer('127.0.0.1', $srv['port'], 0, false, 1, 2.0);
var_dump($m->get([1, 2.5]));
fake_server_dump(fake_server_finish($srv));
?>
--EXPECTF--
Notice: MemcachePool::get(): Server 127.0.0.1 (tcp PORT, udp 0) failed with: Read failed (socket was unexpectedly closed) (0) in %s on line %d
array(1) {
  [1]=>
  string(1) "a"
}
req 0: get 1 2.5\r\n
