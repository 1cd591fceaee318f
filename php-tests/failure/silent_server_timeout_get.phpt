--TEST--
A server that accepts but never answers: get() returns false after the 0.5 s timeout with a "Network timeout (0)" notice (§6.2)
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
// a listener that is never accepted/answered: the kernel completes the TCP handshake, nobody replies
$srv = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$silent_port = (int)substr(strrchr(stream_socket_get_name($srv, false), ':'), 1);
$p = new MemcachePool;
var_dump($p->addServer('127.0.0.1', $silent_port, 0, false, 1, 0.5));
$t = microtime(true);
var_dump($p->get('failure_silent_server_timeout_get'));
$elapsed = microtime(true) - $t;
var_dump($elapsed >= 0.45, $elapsed < 1.0);
// now marked failed: the next call returns false at once, without a notice
$t = microtime(true);
var_dump($p->get('failure_silent_server_timeout_get'));
var_dump(microtime(true) - $t < 0.1);
var_dump($p->getServerStatus('127.0.0.1', $silent_port));
// a fresh object against a good server works
$m = test_memcache();
$k = 'failure_silent_server_timeout_get_' . getmypid();
var_dump($m->set($k, 'ok'), $m->get($k));
$m->delete($k);
fclose($srv);
?>
--EXPECTF--
bool(true)

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Network timeout (0) in %s on line %d
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
int(0)
bool(true)
string(2) "ok"
