--TEST--
The failure callback does not fire for per-request errors (not stored, exists, not found, too large, out of memory, client error) (§5.4, §7.3)
--DESCRIPTION--
Pool A, B (live) with a failure callback. add on an existing key, replace/delete/increment on a missing key and
a cas mismatch return false silently; a value larger than memcached's item size limit, an increment of a
non-numeric value and (from a fake server) "SERVER_ERROR out of memory storing object" keep their E_NOTICE
even though a callback is set. None of them calls the callback or marks the server failed, and the
connection keeps working afterwards.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
; ASCII: the classes and notices are the ASCII ones (§7.3); binary twin: failure_callback_not_for_request_errors_binary.phpt
memcache.protocol=ascii
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
require __DIR__ . '/../failure/fake_server.inc';
require __DIR__ . '/multi_server.inc';
$calls = 0;
$cb = function (...$args) use (&$calls) { $calls++; echo "callback: ", json_encode($args), "\n"; };
$p = new MemcachePool;
$p->addServer($host, $port, 0, false);
$p->addServer($host, $port2, 0, false);
$p->setFailureCallback($cb);
$k = 'pool_cb_request_errors_' . getmypid();
var_dump($p->set($k, 'text'));
var_dump($p->add($k, 'x'));
var_dump($p->replace("{$k}_missing", 'x'));
var_dump($p->delete("{$k}_missing"));
var_dump($p->increment("{$k}_missing"));
var_dump($p->cas($k, 'x', 0, 0, 1));
var_dump($p->set("{$k}_big", random_bytes(2 * 1024 * 1024)));
var_dump($p->increment($k));
var_dump($p->getServerStatus($host, $port), $p->getServerStatus($host, $port2));
var_dump($p->get($k));
var_dump($p->delete($k));
echo "calls: $calls\n";

echo "--- fake server\n";
$srv = fake_server_start(["SERVER_ERROR out of memory storing object\r\n", "STORED\r\n"]);
$f = new MemcachePool;
$f->addServer('127.0.0.1', $srv['port'], 0, false);
$f->setFailureCallback($cb);
var_dump($f->set('k', 'v'));
var_dump($f->getServerStatus('127.0.0.1', $srv['port']));
var_dump($f->set('k', 'v'));
$f->close();
echo count(fake_server_finish($srv)), " requests\n";
echo "calls: $calls\n";
?>
--EXPECTF--
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)

Notice: MemcachePool::set(): Server 127.0.0.1 (tcp %d, udp 0) failed with: SERVER_ERROR object too large for cache (3) in %s on line %d
bool(false)

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: CLIENT_ERROR cannot increment or decrement non-numeric value (6) in %s on line %d
bool(false)
int(1)
int(1)
string(4) "text"
bool(true)
calls: 0
--- fake server

Notice: MemcachePool::set(): Server 127.0.0.1 (tcp %d, udp 0) failed with: SERVER_ERROR out of memory storing object (130) in %s on line %d
bool(false)
int(1)
bool(true)
2 requests
calls: 0
