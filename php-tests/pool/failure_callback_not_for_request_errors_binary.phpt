--TEST--
binary: the failure callback does not fire for per-request errors (exists, not found for delete/incr, too large, non-numeric), but does for a store's "Not found" (QUIRK, §5.4, §7.4)
--DESCRIPTION--
Binary twin of the live-server part of failure_callback_not_for_request_errors.phpt. Pool A, B (live) with a
failure callback: add on an existing key, delete/increment on a missing key and a cas mismatch return false
silently; a value larger than memcached's item size limit ("Too large.") and an increment of a non-numeric
value keep their E_NOTICE. None of them calls the callback or marks a server failed. Unlike ASCII, replace of a
missing key is a server failure in binary mode: on a one-server pool the callback fires with "Not found" and
the server is marked failed.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=binary
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
$calls = 0;
$cb = function (...$args) use (&$calls) { $calls++; echo "callback: ", json_encode($args), "\n"; };
$p = new MemcachePool;
$p->addServer($host, $port, 0, false);
$p->addServer($host, $port2, 0, false);
$p->setFailureCallback($cb);
$k = 'pool_cb_request_errors_binary_' . getmypid();
var_dump($p->set($k, 'text'));
var_dump($p->add($k, 'x'));
var_dump($p->delete("{$k}_missing"));
var_dump($p->increment("{$k}_missing"));
var_dump($p->cas($k, 'x', 0, 0, 1));
var_dump($p->set("{$k}_big", random_bytes(2 * 1024 * 1024)));
var_dump($p->increment($k));
var_dump($p->getServerStatus($host, $port), $p->getServerStatus($host, $port2));
var_dump($p->get($k));
var_dump($p->delete($k));
echo "calls: $calls\n";

echo "--- replace of a missing key\n";
$one = new MemcachePool;
$one->addServer($host, $port, 0, false);
$one->setFailureCallback(function ($h, $tcp, $udp, $error, $errnum) use (&$calls, $port) {
    $calls++;
    echo "callback: ", json_encode([$h, $tcp === $port, $udp, $error, $errnum]), "\n";
});
var_dump($one->replace("{$k}_missing", 'x'));
var_dump($one->getServerStatus($host, $port));
var_dump($one->set($k, 'v'));
echo "calls: $calls\n";
?>
--EXPECTF--
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)

Notice: MemcachePool::set(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Too large. (3) in %s on line %d
bool(false)

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Non-numeric server-side value for incr or decr (6) in %s on line %d
bool(false)
int(1)
int(1)
string(4) "text"
bool(true)
calls: 0
--- replace of a missing key
callback: ["127.0.0.1",true,0,"Not found",0]
bool(false)
int(0)
bool(false)
calls: 1
