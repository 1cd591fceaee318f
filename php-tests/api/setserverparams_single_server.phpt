--TEST--
setServerParams() on a one-server pool: "Server not found in pool", "Invalid failure callback", callback install/clear
--DESCRIPTION--
Spec §4.2: an unknown host/port gives "Server not found in pool" and false; a non-null non-callable callback
gives "Invalid failure callback" and false with nothing changed; a callable installs it as _failureCallback,
an explicit null clears it (property becomes NULL); omitting the argument leaves it alone. No I/O.
E_DEPRECATED is masked so the 8.0 oracle's dynamic-property deprecation does not show;
module/dynamic_properties.phpt covers that difference.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
$p = new MemcachePool;
$p->addServer('127.0.0.1', 11311);
var_dump($p->setServerParams('127.0.0.1', 11312));
var_dump($p->setServerParams('localhost', 11311));
var_dump($p->setServerParams('127.0.0.1'));
var_dump(memcache_set_server_params($p, '127.0.0.1', 11312));
var_dump($p->setServerParams('127.0.0.1', 11311));
var_dump($p->setServerParams('127.0.0.1', 11311, 1.0, 15, false, 'no_such_function'));
var_dump($p->getServerStatus('127.0.0.1', 11311));
var_dump($p);
var_dump($p->setServerParams('127.0.0.1', 11311, 1.0, 15, true, 'strlen'));
var_dump($p);
var_dump($p->setServerParams('127.0.0.1', 11311, 0.5, 5, true));
var_dump($p->_failureCallback);
var_dump($p->setServerParams('127.0.0.1', 11311, 1.0, 15, true, null));
var_dump($p);
var_dump(memcache_set_server_params($p, '127.0.0.1', 11311, 1.0, 15, true, [new ArrayObject, 'count']));
var_dump(is_array($p->_failureCallback));
?>
--EXPECTF--

Warning: MemcachePool::setserverparams(): Server not found in pool in %s on line %d
bool(false)

Warning: MemcachePool::setserverparams(): Server not found in pool in %s on line %d
bool(false)

Warning: MemcachePool::setserverparams(): Server not found in pool in %s on line %d
bool(false)

Warning: memcache_set_server_params(): Server not found in pool in %s on line %d
bool(false)
bool(true)

Warning: MemcachePool::setserverparams(): Invalid failure callback in %s on line %d
bool(false)
int(1)
object(MemcachePool)#1 (1) {
  ["connection"]=>
  resource(%d) of type (memcache connection)
}
bool(true)
object(MemcachePool)#1 (2) {
  ["connection"]=>
  resource(%d) of type (memcache connection)
  ["_failureCallback"]=>
  string(6) "strlen"
}
bool(true)
string(6) "strlen"
bool(true)
object(MemcachePool)#1 (2) {
  ["connection"]=>
  resource(%d) of type (memcache connection)
  ["_failureCallback"]=>
  NULL
}
bool(true)
bool(true)
