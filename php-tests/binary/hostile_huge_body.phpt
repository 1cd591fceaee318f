--TEST--
binary hostile reply with a huge total body length: notice, false and a server failure at once, without waiting for or allocating the body
--DESCRIPTION--
A scripted binary server answers with a response header that announces a body of 4 GiB - 16 or 2 GiB - 1
(more than memcached's 1 GiB item limit allows) and then keeps the connection open without sending it. The
client must give up on that response at once: an E_NOTICE server failure, false, the server marked failed,
well before the 1 s timeout and without reserving memory for the body. Covered for a single get (GET) and a
multi-get (a GETQ answer).
The 8.0 oracle does not pass this: it tries to allocate the announced body and dies with a fatal "memory
limit exhausted" error. The expectation is the project's requirement for hostile replies; the message text is
not fixed by the spec.
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=binary
memory_limit=128M
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/binary_server.inc';
$cases = [
    'get, 4 GiB - 16' => [pack('CCnCCnNNJ', 0x81, 0x00, 0, 4, 0, 0, 0xFFFFFFF0, 0, 0) . pack('N', 0), 'k'],
    'get, 2 GiB - 1' => [pack('CCnCCnNNJ', 0x81, 0x00, 0, 4, 0, 0, 0x7FFFFFFF, 0, 0) . pack('N', 0) . 'abc', 'k'],
    'multi-get, 4 GiB - 16' => [pack('CCnCCnNNJ', 0x81, 0x09, 0, 4, 0, 0, 0xFFFFFFF0, 0, 0) . pack('N', 0), ['k', 'l']],
];
$srvs = [];
foreach ($cases as $name => [$reply, $key]) $srvs[$name] = bin_server_start([$reply]);
foreach ($cases as $name => [$reply, $key]) {
    echo "--- $name\n";
    $srv = $srvs[$name];
    $m = new MemcachePool;
    $m->addServer('127.0.0.1', $srv['port'], 0, false, 1, 1.0);
    $mem = memory_get_usage();
    $t = microtime(true);
    var_dump($m->get($key));
    var_dump(microtime(true) - $t < 0.5, memory_get_peak_usage() - $mem < (1 << 20));
    var_dump($m->getServerStatus('127.0.0.1', $srv['port']));
    $m->close();
    bin_server_finish($srv);
}
?>
--EXPECTF--
--- get, 4 GiB - 16

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: %s (0) in %s on line %d
bool(false)
bool(true)
bool(true)
int(0)
--- get, 2 GiB - 1

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: %s (0) in %s on line %d
bool(false)
bool(true)
bool(true)
int(0)
--- multi-get, 4 GiB - 16

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: %s (0) in %s on line %d
array(0) {
}
bool(true)
bool(true)
int(0)
