--TEST--
connect() to a unix socket path that does not exist: notice "(tcp 0, udp 0) … No such file or directory (2)", warning, false (§4.1)
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--FILE--
<?php
$path = sys_get_temp_dir() . '/failure_unix_socket_missing_' . getmypid() . '.sock';
@unlink($path);
$m = new Memcache;
var_dump($m->connect('unix://' . $path, 0));
$p = new MemcachePool;
var_dump($p->addServer('unix://' . $path, 0, 0, false));
var_dump($p->get('k'));
?>
--EXPECTF--
Notice: Memcache::connect(): Server unix://%s/failure_unix_socket_missing_%d.sock (tcp 0, udp 0) failed with: Connection failed: No such file or directory (2) in %s on line %d

Warning: Memcache::connect(): Can't connect to unix://%s/failure_unix_socket_missing_%d.sock:0, Connection failed: No such file or directory (2) in %s on line %d
bool(false)
bool(true)

Notice: MemcachePool::get(): Server unix://%s/failure_unix_socket_missing_%d.sock (tcp 0, udp 0) failed with: Connection failed: No such file or directory (2) in %s on line %d
bool(false)
