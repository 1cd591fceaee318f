--TEST--
MemcachePool::addServer()/connect() with a udp port under the binary protocol: "binary protocol isn't support over UDP" notice
--DESCRIPTION--
Spec §4.1: the notice is emitted and the udp port forced to 0; the server is still added (addServer returns true).
The protocol is captured when the pool is created, so a later ini_set() does not change an existing pool.
No I/O: servers are added lazily.
E_DEPRECATED is masked so the 8.0 oracle's dynamic-property deprecation does not show;
module/dynamic_properties.phpt covers that difference.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=binary
--FILE--
<?php
$p = new MemcachePool;
var_dump($p->addServer('127.0.0.1', 11311, 11311));
var_dump($p->addServer('127.0.0.1', 11312, 0));
var_dump($p->getServerStatus('127.0.0.1', 11311));
ini_set('memcache.protocol', 'ascii');
var_dump($p->addServer('127.0.0.1', 11313, 11313));
$q = new MemcachePool;
var_dump($q->addServer('127.0.0.1', 11311, 11311));
ini_set('memcache.protocol', 'binary');
var_dump($q->addServer('127.0.0.1', 11312, 11312));
?>
--EXPECTF--

Notice: MemcachePool::addserver(): binary protocol isn't support over UDP, defaulting to TCP in %s on line %d
bool(true)
bool(true)
int(1)

Notice: MemcachePool::addserver(): binary protocol isn't support over UDP, defaulting to TCP in %s on line %d
bool(true)
bool(true)
bool(true)
