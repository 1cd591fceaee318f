--TEST--
Network timeout of a silent server reaches the failure callback as ("127.0.0.1", port, 0, "Network timeout", 0) (§5.4, §6.2)
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--FILE--
<?php
$srv = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$silent_port = (int)substr(strrchr(stream_socket_get_name($srv, false), ':'), 1);
$m = new Memcache;
var_dump($m->addServer('127.0.0.1', $silent_port, false, 1, 0.3, 15, true,
    function ($host, $tcp_port, $udp_port, $error, $errnum) use ($silent_port) {
        var_dump($host, $tcp_port === $silent_port, $udp_port, $error, $errnum);
    }));
$t = microtime(true);
var_dump($m->getVersion());
$elapsed = microtime(true) - $t;
var_dump($elapsed >= 0.25, $elapsed < 0.8);
fclose($srv);
?>
--EXPECT--
bool(true)
string(9) "127.0.0.1"
bool(true)
int(0)
string(15) "Network timeout"
int(0)
bool(false)
bool(true)
bool(true)
