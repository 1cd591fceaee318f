--TEST--
addServer() to a refused port is lazy (true, no diagnostic); the first get costs one notice and false, later calls are silent (§4.1, §5.4)
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
$p = new MemcachePool;
var_dump($p->addServer('127.0.0.1', $refused_port));
var_dump($p->getServerStatus('127.0.0.1', $refused_port));
var_dump($p->get('failure_addserver_refused_get'));
var_dump($p->getServerStatus('127.0.0.1', $refused_port));
// marked failed for retry_interval (15 s): no new notice
var_dump($p->get('failure_addserver_refused_get'));
var_dump($p->set('failure_addserver_refused_get', 1));
var_dump($p->get(['failure_addserver_refused_get']));
// Memcache subclass, non-persistent server: the prefix is still MemcachePool::get()
$m = new Memcache;
var_dump($m->addServer('127.0.0.1', $refused_port, false));
var_dump($m->get('failure_addserver_refused_get'));
$m = new Memcache;
var_dump(memcache_add_server($m, '127.0.0.1', $refused_port, false));
var_dump(memcache_get($m, 'failure_addserver_refused_get'));
?>
--EXPECTF--
bool(true)
int(1)

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(false)
int(0)
bool(false)
bool(false)
array(0) {
}
bool(true)

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(false)
bool(true)

Notice: memcache_get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(false)
