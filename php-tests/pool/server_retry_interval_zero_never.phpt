--TEST--
retry_interval 0 retries a failed server on every request; retry_interval -1 never retries it automatically (§4.1, §6.1)
--DESCRIPTION--
Pool A, B (live) and D (refused). With retry_interval 0 a failed D is usable again at once: findServer keeps
giving D and every request for D's key tries it again (one notice each). With retry_interval -1 D fails once
and is then never tried again: no notice after the failure, also not in the following second (a retry
interval of 1 would have retried it there, see server_retry_interval.phpt), and D's key stays rerouted.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
require __DIR__ . '/multi_server.inc';
$L = ["$host:$port" => 'A', "$host:$port2" => 'B', "127.0.0.1:$refused_port" => 'D'];
function pool_with_dead(int $retry): MemcachePool {
    global $host, $port, $port2, $refused_port;
    $p = new MemcachePool;
    $p->addServer($host, $port, 0, false);
    $p->addServer($host, $port2, 0, false);
    $p->addServer('127.0.0.1', $refused_port, 0, false, 1, 1.0, $retry);
    return $p;
}
echo "--- retry_interval 0\n";
$p = pool_with_dead(0);
$kd = ms_find_key($p, $L, 'pool_retry_zero_' . getmypid() . '_', '/^D/');
var_dump($p->get($kd));
echo ms_label($p, $L, $kd), "\n";
var_dump($p->getServerStatus('127.0.0.1', $refused_port));
var_dump($p->get($kd));
var_dump($p->set($kd, 1));

echo "--- retry_interval -1\n";
$p = pool_with_dead(-1);
$t = ms_start_of_second();
var_dump($p->get($kd));
var_dump($p->get($kd));
ms_wait_until($t + 1);
echo ms_label($p, $L, $kd) === 'D' ? 'D' : 'failover server', "\n";
var_dump($p->get($kd));
var_dump($p->getServerStatus('127.0.0.1', $refused_port));
// the set above was failed over to a live server
var_dump($p->delete($kd));
?>
--EXPECTF--
--- retry_interval 0

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(false)
D
int(0)

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(false)

Notice: MemcachePool::set(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(true)
--- retry_interval -1

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
int(1)
int(1)
failover server
int(1)
int(0)
bool(true)
