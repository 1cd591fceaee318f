--TEST--
getServerStatus() on a one-server pool: 1 for a usable server, 0 when marked failed, "Server not found in pool" otherwise
--DESCRIPTION--
Spec §4.2/§4.4: the host string must be byte-identical and the tcp port equal; the port defaults to
memcache.default_port (read at call time). setServerParams(..., status=false) marks the server failed,
status=true revives it. No I/O happens.
E_DEPRECATED is masked so the 8.0 oracle's dynamic-property deprecation does not show;
module/dynamic_properties.phpt covers that difference.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
$p = new MemcachePool;
$p->addServer('127.0.0.1', 11311);
var_dump($p->getServerStatus('127.0.0.1', 11311));
var_dump($p->getServerStatus('127.0.0.1'));
var_dump($p->getServerStatus('localhost', 11311));
var_dump($p->getServerStatus('127.0.0.1 ', 11311));
var_dump($p->getServerStatus('127.0.0.1', 11312));
ini_set('memcache.default_port', '11311');
var_dump($p->getServerStatus('127.0.0.1'));
var_dump($p->setServerParams('127.0.0.1', 11311, 1.0, 15, false));
var_dump($p->getServerStatus('127.0.0.1', 11311));
var_dump(memcache_get_server_status($p, '127.0.0.1', 11311));
var_dump($p->setServerParams('127.0.0.1', 11311, 1.0, 15, true));
var_dump($p->getServerStatus('127.0.0.1', 11311));
var_dump(memcache_get_server_status($p, 'nohost', 11311));
$q = new MemcachePool;
$q->addServer('127.0.0.1', 11313, 0, false, 1, 1.0, -1, false);
var_dump($q->getServerStatus('127.0.0.1', 11313));
?>
--EXPECTF--
int(1)

Warning: MemcachePool::getserverstatus(): Server not found in pool in %s on line %d
bool(false)

Warning: MemcachePool::getserverstatus(): Server not found in pool in %s on line %d
bool(false)

Warning: MemcachePool::getserverstatus(): Server not found in pool in %s on line %d
bool(false)

Warning: MemcachePool::getserverstatus(): Server not found in pool in %s on line %d
bool(false)
int(1)
bool(true)
int(0)
int(0)
bool(true)
int(1)

Warning: memcache_get_server_status(): Server not found in pool in %s on line %d
bool(false)
int(0)
