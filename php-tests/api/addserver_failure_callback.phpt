--TEST--
Memcache::addServer()/memcache_add_server(): a non-callable failure callback gives "Invalid failure callback", adds nothing
--DESCRIPTION--
Spec §4.1: a non-null, non-callable callback is rejected before the server is added; a valid one is installed
for the pool (_failureCallback property); null means "none". No I/O: servers are added lazily.
E_DEPRECATED is masked so the 8.0 oracle's dynamic-property deprecation does not show;
module/dynamic_properties.phpt covers that difference.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = new Memcache;
var_dump($m->addServer($host, $refused_port, true, 1, 1, 15, true, 'no_such_function'));
var_dump(memcache_add_server($m, $host, $refused_port, true, 1, 1, 15, true, [1, 2]));
var_dump($m);
var_dump($m->addServer($host, $refused_port, true, 1, 1, 15, true, null));
var_dump($m);
var_dump($m->addServer($host, $refused_port + 1, true, 1, 1, 15, true, 'strlen'));
var_dump($m);
var_dump(memcache_add_server($m, $host, $refused_port + 2, false, 1, 1, 15, true, 'trim'));
var_dump($m->_failureCallback);
var_dump($m->getServerStatus($host, $refused_port + 2));
?>
--EXPECTF--

Warning: Memcache::addserver(): Invalid failure callback in %s on line %d
bool(false)

Warning: memcache_add_server(): Invalid failure callback in %s on line %d
bool(false)
object(Memcache)#1 (0) {
}
bool(true)
object(Memcache)#1 (1) {
  ["connection"]=>
  resource(%d) of type (memcache connection)
}
bool(true)
object(Memcache)#1 (2) {
  ["connection"]=>
  resource(%d) of type (memcache connection)
  ["_failureCallback"]=>
  string(6) "strlen"
}
bool(true)
string(4) "trim"
int(1)
