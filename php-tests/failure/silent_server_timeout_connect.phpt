--TEST--
connect() to a server that never answers succeeds (TCP is up); set() then times out after 0.5 s with "Network timeout (0)" (§6.2)
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
$srv = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$silent_port = (int)substr(strrchr(stream_socket_get_name($srv, false), ':'), 1);
$m = new Memcache;
var_dump($m->connect('127.0.0.1', $silent_port, 0.5));
$t = microtime(true);
var_dump($m->set('failure_silent_server_timeout_connect', 1));
$elapsed = microtime(true) - $t;
var_dump($elapsed >= 0.45, $elapsed < 1.0);
var_dump($m->getServerStatus('127.0.0.1', $silent_port));
$m2 = new Memcache;
var_dump($m2->connect($host, $port));
$k = 'failure_silent_server_timeout_connect_' . getmypid();
var_dump($m2->set($k, 'ok'), $m2->get($k));
$m2->delete($k);
fclose($srv);
?>
--EXPECTF--
bool(true)

Notice: MemcachePool::set(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Network timeout (0) in %s on line %d
bool(false)
bool(true)
bool(true)
int(0)
bool(true)
bool(true)
string(2) "ok"
