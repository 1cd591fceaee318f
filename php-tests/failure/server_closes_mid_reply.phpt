--TEST--
A server that sends half a VALUE reply and closes: "Read failed (socket was unexpectedly closed) (0)" notice, false, no hang (§5.4)
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
; ASCII only: the fake server speaks the ASCII protocol (binary replies: ../binary/)
memcache.protocol=ascii
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
require __DIR__ . '/fake_server.inc';
$srv = fake_server_start(["VALUE failure_server_closes_mid_reply 0 10\r\nabc"], true);
$p = new MemcachePool;
var_dump($p->addServer('127.0.0.1', $srv['port'], 0, false, 1, 2.0));
$t = microtime(true);
var_dump($p->get('failure_server_closes_mid_reply'));
var_dump(microtime(true) - $t < 1.0);   // well below the 2 s timeout: EOF is detected, not waited out
var_dump($p->getServerStatus('127.0.0.1', $srv['port']));
var_dump($p->get('failure_server_closes_mid_reply'));
fake_server_dump(fake_server_finish($srv));
// a fresh object against a good server works
$m = test_memcache();
$k = 'failure_server_closes_mid_reply_' . getmypid();
var_dump($m->set($k, 'ok'), $m->get($k));
$m->delete($k);
?>
--EXPECTF--
bool(true)

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Read failed (socket was unexpectedly closed) (0) in %s on line %d
bool(false)
bool(true)
int(0)
bool(false)
req 0: get failure_server_closes_mid_reply\r\n
bool(true)
string(2) "ok"
