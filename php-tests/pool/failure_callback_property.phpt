--TEST--
The failure callback is read from the _failureCallback property when it fires; a value that is no longer callable is cleared with "Invalid failure callback" (§4.3, §5.4)
--DESCRIPTION--
Pool A, B (live) and D (refused, non-persistent so that each object sees a fresh failure), key of D whose chain
leads to a live server. In every case the request itself goes on (the set is failed over and returns true).
* setFailureCallback(cb1), then the property is overwritten with cb2: cb2 is called.
* the property is overwritten with a string that is not callable: E_WARNING "Invalid failure callback" from
  the method that hit the failure, no notice, and the property becomes NULL.
* the property is unset: the default notice.
* the property is assigned on an object that never had a callback installed: it is not used (default notice).
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
require __DIR__ . '/multi_server.inc';
$L = ["$host:$port" => 'A', "$host:$port2" => 'B', "127.0.0.1:$refused_port" => 'D'];
function pool(): MemcachePool {
    global $host, $port, $port2, $refused_port;
    $p = new MemcachePool;
    $p->addServer($host, $port, 0, false);
    $p->addServer($host, $port2, 0, false);
    $p->addServer('127.0.0.1', $refused_port, 0, false);
    return $p;
}
$kd = ms_find_key(pool(), $L, 'pool_cb_property_' . getmypid() . '_', '/^DD*[AB]/');

echo "--- overwritten with another closure\n";
$p = pool();
$p->setFailureCallback(function () { echo "cb1\n"; });
$p->_failureCallback = function () { echo "cb2\n"; };
var_dump($p->set($kd, 1));

echo "--- overwritten with a bogus string\n";
$p = pool();
$p->setFailureCallback(function () { echo "cb1\n"; });
$p->_failureCallback = 'no_such_function';
var_dump($p->set($kd, 2));
var_dump($p->_failureCallback);
var_dump($p->get($kd));

echo "--- unset\n";
$p = pool();
$p->setFailureCallback(function () { echo "cb1\n"; });
unset($p->_failureCallback);
var_dump($p->set($kd, 3));

echo "--- assigned without setFailureCallback\n";
$p = pool();
$p->_failureCallback = function () { echo "cb3\n"; };
var_dump($p->set($kd, 4));
var_dump($p->delete($kd));
?>
--EXPECTF--
--- overwritten with another closure
cb2
bool(true)
--- overwritten with a bogus string

Warning: MemcachePool::set(): Invalid failure callback in %s on line %d
bool(true)
NULL
int(2)
--- unset

Notice: MemcachePool::set(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(true)
--- assigned without setFailureCallback

Notice: MemcachePool::set(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(true)
bool(true)
