--TEST--
memcache.default_port: no validation, and it is read at call time for omitted ports
--DESCRIPTION--
Spec §9: no validation ("abc" gets PHP's own integer-setting warning and means 0).
The default port is used when addServer()/getServerStatus() are called without a port (read at call time).
No I/O: servers are added lazily and never contacted.
E_DEPRECATED is masked so the 8.0 oracle's dynamic-property deprecation does not show;
module/dynamic_properties.phpt covers that difference.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
foreach (['0', '-1', '70000', 'abc', '11311'] as $v) {
    var_dump(ini_set('memcache.default_port', $v));
    var_dump(ini_get('memcache.default_port'));
}
$p = new MemcachePool;
var_dump($p->addServer('127.0.0.1'));
var_dump($p->findServer('dp_key'));
var_dump($p->getServerStatus('127.0.0.1'));
ini_set('memcache.default_port', '11411');
var_dump($p->getServerStatus('127.0.0.1'));
var_dump($p->setServerParams('127.0.0.1'));
var_dump($p->getServerStatus('127.0.0.1', 11311));
$m = new Memcache;
var_dump($m->addServer('127.0.0.2'));
var_dump($m->findServer('dp_key'));
?>
--EXPECTF--
string(5) "11211"
string(1) "0"
string(1) "0"
string(2) "-1"
string(2) "-1"
string(5) "70000"

Warning: Invalid "memcache.default_port" setting. Invalid quantity "abc": no valid leading digits, interpreting as "0" for backwards compatibility in %s on line %d
string(5) "70000"
string(3) "abc"
string(3) "abc"
string(5) "11311"
bool(true)
string(15) "127.0.0.1:11311"
int(1)

Warning: MemcachePool::getserverstatus(): Server not found in pool in %s on line %d
bool(false)

Warning: MemcachePool::setserverparams(): Server not found in pool in %s on line %d
bool(false)
int(1)
bool(true)
string(15) "127.0.0.2:11411"
