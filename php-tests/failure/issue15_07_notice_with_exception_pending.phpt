--TEST--
Issue 15 item 7: a failure notice is still printed while an exception is pending
--DESCRIPTION--
Binary protocol. set() of an array whose first value cannot be serialized (a Closure) warns "Failed to
serialize value" and stores the others, with the exception pending; the second item is a CAS set of a
missing key, which the reference treats as a server failure (QUIRK, spec §7.3). Its notice "... failed
with: Not found (0)" is printed before the exception surfaces, as the reference prints it (the server is
marked failed either way). A failure callback, by contrast, cannot run while an exception is pending.
Expected output recorded from pecl/memcache 8.2 (PHP 8.4).
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--INI--
memcache.protocol=binary
--FILE--
<?php
require __DIR__ . '/../config.inc';
ob_start(function ($out) use ($port) { return str_replace("tcp $port,", 'tcp PORT,', $out); });
$m = new MemcachePool;
$m->addServer($host, $port, false);
$m->delete('i15_7_b');
try {
    var_dump($m->set(['i15_7_a' => function () {}, 'i15_7_b' => 'B'], null, 0, 0, 12345));
} catch (Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($m->getServerStatus($host, $port));
echo "-- with a failure callback\n";
$m = new MemcachePool;
$m->addServer($host, $port, false);
$m->setFailureCallback(function ($host, $tcp) { echo "callback called\n"; });
try {
    var_dump($m->set(['i15_7_a' => function () {}, 'i15_7_b' => 'B'], null, 0, 0, 12345));
} catch (Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($m->getServerStatus($host, $port));
?>
--EXPECTF--
Warning: MemcachePool::set(): Failed to serialize value in %s on line %d

Notice: MemcachePool::set(): Server 127.0.0.1 (tcp PORT, udp 0) failed with: Not found (0) in %s on line %d
Exception: Serialization of 'Closure' is not allowed
int(0)
-- with a failure callback

Warning: MemcachePool::set(): Failed to serialize value in %s on line %d
Exception: Serialization of 'Closure' is not allowed
int(0)
