--TEST--
Reusing a persistent entry overwrites its retry_interval for every pool that shares it, but keeps its failure state (§6.3)
--DESCRIPTION--
Refused port (nothing listens), five pools adding the same persistent server. A (retry 15) fails with a
notice; B (retry 15) is silent; C reuses the entry with retry_interval 0, so the failed server is retryable at
once and C's get tries again (a second notice) — and so does A's next get, since A shares the entry; D sets
retry_interval back to 15, after which A and C are silent again. memcache.allow_failover=0 keeps each get to a
single attempt (with failover on, the C extension retries a retry_interval-0 server a second time within the
same get, which is not what this test is about).
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
memcache.allow_failover=0
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
$rp = $refused_port;
ob_start(function ($out) use ($rp) { return str_replace("tcp $rp,", 'tcp PORT,', $out); });
$pool = function (int $retry) use ($rp) {
    $p = new MemcachePool;
    $p->addServer('127.0.0.1', $rp, 0, true, 1, 1.0, $retry);
    return $p;
};
echo "A (15)\n";
$a = $pool(15);
var_dump($a->get('retry_k'));
echo "B (15)\n";
$b = $pool(15);
var_dump($b->get('retry_k'));
echo "C (0)\n";
$c = $pool(0);
var_dump($c->get('retry_k'), $c->getServerStatus('127.0.0.1', $rp));
echo "A again\n";
var_dump($a->get('retry_k'));
echo "D (15)\n";
$d = $pool(15);
var_dump($d->get('retry_k'));
echo "A and C again\n";
var_dump($a->get('retry_k'), $c->get('retry_k'));
?>
--EXPECTF--
A (15)

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp PORT, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(false)
B (15)
bool(false)
C (0)

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp PORT, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(false)
int(0)
A again

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp PORT, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(false)
D (15)
bool(false)
A and C again
bool(false)
bool(false)
