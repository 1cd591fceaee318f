--TEST--
Issue 15, kept: a multi-key get on a refusing server with retry_interval 0 gives one failure notice and an empty array (the reference crashes)
--DESCRIPTION--
Reference bug not copied (README): pecl/memcache 8.2 crashes (segmentation fault) on a multi-key get whose
server refuses the connection and has retry_interval 0. A multi-key get asks each server once, so the
refusing server is tried, and reported, once; the keys it held are missing from the result.
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
ob_start(function ($out) use ($refused_port) { return str_replace("tcp $refused_port,", 'tcp REFUSED,', $out); });
$m = new Memcache;
$m->addServer($host, $refused_port, true, 1, 1, 0);
var_dump($m->get(['i15_keep_a', 'i15_keep_b', 'i15_keep_c']));
var_dump($m->get(['i15_keep_a']));
?>
--EXPECTF--
Notice: MemcachePool::get(): Server 127.0.0.1 (tcp REFUSED, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
array(0) {
}

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp REFUSED, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
array(0) {
}
