--TEST--
An exception thrown by the failure callback propagates out of the method, but the failed request is still resent to the failover server first (§5.4, §6.4)
--DESCRIPTION--
Pool A, B (live) and D (refused, non-persistent). The callback throws. A set for D's key throws the exception,
yet the value was stored on the first live server of the key's chain; D is marked failed and later requests
neither call the callback nor throw. A multi-key set spanning A and D throws too, with both values stored.
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
    $p->setFailureCallback(function ($h, $tcp, $udp, $error, $errno) {
        throw new RuntimeException("callback: $error");
    });
    return $p;
}
$pre = 'pool_cb_exception_' . getmypid() . '_';
$p = pool();
$kd = ms_find_key($p, $L, "{$pre}d", '/^DD*A/');   // D's key, failed over to A
$ka = ms_find_key($p, $L, "{$pre}a", '/^A/');
$a = ms_direct($port);
try {
    var_dump($p->set($kd, 'v'));
    echo "not reached\n";
} catch (RuntimeException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($a->get($kd));
var_dump($p->getServerStatus('127.0.0.1', $refused_port));
var_dump($p->get($kd));
var_dump($p->set($kd, 'v2'));

echo "--- multi-key set\n";
$p = pool();
try {
    var_dump($p->set([$ka => 'a', $kd => 'd']));
    echo "not reached\n";
} catch (RuntimeException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
$r = $a->get([$ka, $kd]);
ksort($r);
var_dump(array_values($r));
$a->delete($ka);
$a->delete($kd);
?>
--EXPECT--
RuntimeException: callback: Connection failed: Connection refused
string(1) "v"
int(0)
string(1) "v"
bool(true)
--- multi-key set
RuntimeException: callback: Connection failed: Connection refused
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "d"
}
