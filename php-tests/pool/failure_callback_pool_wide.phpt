--TEST--
The failure callback is pool-wide: installed with one server, it fires for another; setServerParams can install it; null clears it (§4.2, §4.3, §5.4)
--DESCRIPTION--
* Memcache::addServer's 8th argument, given with the live server A, is called for the failure of D, which was
  added before without a callback.
* Another object with the same servers has no callback: the default notice.
* setServerParams(A, …, callback) installs a callback that is called for D's failure.
* setFailureCallback(null) clears it: the default notice again.
D is added non-persistent, so each object sees a fresh failure.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
require __DIR__ . '/multi_server.inc';
$L = ["$host:$port" => 'A', "$host:$port2" => 'B', "127.0.0.1:$refused_port" => 'D'];
$cb = fn($name) => function ($h, $tcp, $udp, $error, $errno) use ($name, $refused_port) {
    echo "$name: ", $tcp === $refused_port ? 'D' : $tcp, " $error ($errno)\n";
};
$m = new Memcache;
var_dump($m->addServer('127.0.0.1', $refused_port, false));
var_dump($m->addServer($host, $port, false, 1, 1.0, 15, true, $cb('given with A')));
var_dump($m->addServer($host, $port2, false));
$kd = ms_find_key($m, $L, 'pool_cb_wide_', '/^D/');
var_dump($m->get($kd));
var_dump($m->get($kd));

echo "--- another object\n";
$m2 = new Memcache;
$m2->addServer('127.0.0.1', $refused_port, false);
$m2->addServer($host, $port, false);
$m2->addServer($host, $port2, false);
var_dump($m2->get($kd));

echo "--- setServerParams\n";
$p = new MemcachePool;
$p->addServer('127.0.0.1', $refused_port, 0, false);
$p->addServer($host, $port, 0, false);
$p->addServer($host, $port2, 0, false);
var_dump($p->setServerParams($host, $port, 1.0, 15, true, $cb('set on A')));
var_dump($p->get($kd));

echo "--- cleared\n";
$p = new MemcachePool;
$p->addServer('127.0.0.1', $refused_port, 0, false);
$p->addServer($host, $port, 0, false);
$p->addServer($host, $port2, 0, false);
var_dump($p->setFailureCallback($cb('cleared')));
var_dump($p->setFailureCallback(null));
var_dump($p->get($kd));
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
given with A: D Connection failed: Connection refused (111)
bool(false)
bool(false)
--- another object

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(false)
--- setServerParams
bool(true)
set on A: D Connection failed: Connection refused (111)
bool(false)
--- cleared
bool(true)
bool(true)

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(false)
