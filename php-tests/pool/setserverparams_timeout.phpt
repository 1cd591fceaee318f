--TEST--
setServerParams() timeout: lowers the pool's I/O wait, never raises it; the smallest timeout in the pool applies to every server (§4.2, §6.2)
--DESCRIPTION--
A silent listener (accepts the TCP handshake in the kernel, never answers) makes a get wait for the timeout and
fail with "Network timeout".
* added with timeout 1.0, lowered to 0.3 by setServerParams: the get gives up after about 0.3 s;
* added with 0.3, set to 1.0 by setServerParams: the pool's wait stays 0.3 s;
* the silent server keeps timeout 1.0 but a live server of the same pool is set to 0.3: the wait for the
  silent server is 0.3 s too.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
require __DIR__ . '/multi_server.inc';
$srv = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$sp = (int)substr(strrchr(stream_socket_get_name($srv, false), ':'), 1);
$timed = function (MemcachePool $p, string $key) {
    $t = microtime(true);
    var_dump($p->get($key));
    $elapsed = microtime(true) - $t;
    echo $elapsed >= 0.25 && $elapsed < 0.7 ? "about 0.3 s\n" : sprintf("%.2f s\n", $elapsed);
};
echo "--- lowered\n";
$p = new MemcachePool;
$p->addServer('127.0.0.1', $sp, 0, false, 1, 1.0);
var_dump($p->setServerParams('127.0.0.1', $sp, 0.3, 15));
$timed($p, 'pool_ssp_timeout');
echo "--- not raised\n";
$p = new MemcachePool;
$p->addServer('127.0.0.1', $sp, 0, false, 1, 0.3);
var_dump($p->setServerParams('127.0.0.1', $sp, 1.0, 15));
$timed($p, 'pool_ssp_timeout');
echo "--- pool-wide\n";
$L = ["$host:$port" => 'A', "127.0.0.1:$sp" => 'S'];
$p = new MemcachePool;
$p->addServer($host, $port, 0, false, 1, 1.0);
$p->addServer('127.0.0.1', $sp, 0, false, 1, 1.0);
$k = ms_find_key($p, $L, 'pool_ssp_timeout_', '/^S/', 0);
var_dump($p->setServerParams($host, $port, 0.3, 15));
$timed($p, $k);
fclose($srv);
?>
--EXPECTF--
--- lowered
bool(true)

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Network timeout (0) in %s on line %d
bool(false)
about 0.3 s
--- not raised
bool(true)

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Network timeout (0) in %s on line %d
bool(false)
about 0.3 s
--- pool-wide
bool(true)

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Network timeout (0) in %s on line %d
bool(false)
about 0.3 s
