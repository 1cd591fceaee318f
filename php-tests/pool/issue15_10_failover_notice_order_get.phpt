--TEST--
Issue 15 item 10, get(): a single-key get reports its failed server after the failover, a multi-key get before
--DESCRIPTION--
A server that answers a get with garbage (SERVER_ERROR where a VALUE or END belongs) fails; the key moves to
the next server of its chain, which refuses the connection. A single-key get fails over at once, connecting
to the next server, and reports the first server's failure after that (as item 10's prepend()); a multi-key
get asks the next server later, so the first failure is reported first. Expected output recorded from
pecl/memcache 8.2 (PHP 8.4).
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; ASCII only: the fake server speaks the ASCII protocol
memcache.protocol=ascii
--FILE--
<?php
require __DIR__ . '/../config.inc';
require __DIR__ . '/../failure/fake_server.inc';
foreach (['single', 'multi'] as $case) {
    $srv = fake_server_start(["SERVER_ERROR boom\r\n"]);
    $out = function ($o) use ($srv, $refused_port) {
        return str_replace(["tcp {$srv['port']},", "tcp $refused_port,"], ['tcp FAKE,', 'tcp REFUSED,'], $o);
    };
    ob_start($out);
    $m = new MemcachePool;
    $m->addServer($host, $srv['port'], 0, false, 1, 1.0);
    $m->addServer($host, $refused_port, 0, false);
    for ($i = 0; $m->findServer("i15_10_$i") !== "$host:{$srv['port']}"; $i++);
    echo "-- $case\n";
    var_dump($case == 'single' ? $m->get("i15_10_$i") : $m->get(["i15_10_$i"]));
    unset($m);
    fake_server_finish($srv);
    ob_end_flush();
}
?>
--EXPECTF--
-- single

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp REFUSED, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp FAKE, udp 0) failed with: Malformed VALUE header (0) in %s on line %d
bool(false)
-- multi

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp FAKE, udp 0) failed with: Malformed VALUE header (0) in %s on line %d

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp REFUSED, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
array(0) {
}
