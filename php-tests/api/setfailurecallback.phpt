--TEST--
setFailureCallback(): invalid callbacks give "Invalid failure callback"; valid ones are stored in _failureCallback; null clears
--DESCRIPTION--
Spec §4.3. The parameter is ?callable in Reflection but non-callables produce the extension's warning (no TypeError).
No I/O: the server is added lazily.
E_DEPRECATED is masked so the 8.0 oracle's dynamic-property deprecation does not show;
module/dynamic_properties.phpt covers that difference.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
$p = new MemcachePool;
$p->addServer($host, $refused_port);
var_dump($p->setFailureCallback('no_such_function'));
var_dump($p->setFailureCallback([1, 2]));
var_dump($p->setFailureCallback(5));
var_dump($p->setFailureCallback(new stdClass));
var_dump($p->setFailureCallback(['MemcachePool', 'nope']));
var_dump(memcache_set_failure_callback($p, 'no_such_function'));
var_dump($p);
var_dump($p->setFailureCallback('strlen'));
var_dump($p);
var_dump($p->setFailureCallback('not callable'));
var_dump($p->_failureCallback);
var_dump($p->setFailureCallback(null));
var_dump($p);
$cb = function ($host, $tcp, $udp, $err, $errno) {};
var_dump(memcache_set_failure_callback($p, $cb));
var_dump($p->_failureCallback === $cb);
var_dump(memcache_set_failure_callback($p, null));
var_dump($p->_failureCallback);
?>
--EXPECTF--

Warning: MemcachePool::setfailurecallback(): Invalid failure callback in %s on line %d
bool(false)

Warning: MemcachePool::setfailurecallback(): Invalid failure callback in %s on line %d
bool(false)

Warning: MemcachePool::setfailurecallback(): Invalid failure callback in %s on line %d
bool(false)

Warning: MemcachePool::setfailurecallback(): Invalid failure callback in %s on line %d
bool(false)

Warning: MemcachePool::setfailurecallback(): Invalid failure callback in %s on line %d
bool(false)

Warning: memcache_set_failure_callback(): Invalid failure callback in %s on line %d
bool(false)
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

Warning: MemcachePool::setfailurecallback(): Invalid failure callback in %s on line %d
bool(false)
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
bool(true)
NULL
