--TEST--
UDP: a UDP port where nothing listens (ICMP port unreachable) makes the multi-get fall back to TCP at once and silently (§7.6)
--DESCRIPTION--
The pool's server has a private memcached on its TCP port and, as UDP port, a loopback port where nothing
listens. The request datagram is refused (ECONNREFUSED on the connected UDP socket), so the get is answered
over TCP without waiting for the timeout and without a diagnostic; the next get goes straight to TCP too.
DIFFERS FROM THE ORACLE: pecl/memcache 8.0 fails the whole server with "Server 127.0.0.1 (tcp N, udp M) failed
with: Server sent packet larger than MMC_MAX_UDP_LEN bytes (0)" [sic] and returns empty arrays (no TCP fallback).
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=ascii
--SKIPIF--
<?php include __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/udp.inc';
$mc = memcached_udp_start(false) or die("could not start memcached\n");
$t = new Memcache;
$t->connect('127.0.0.1', $mc['port']);
$t->set('udp_refused_1', 'tcp-1');
$t->set('udp_refused_2', 'tcp-2');

$p = new MemcachePool;
$p->addServer('127.0.0.1', $mc['port'], free_udp_port(), false, 1, 0.5);
for ($i = 1; $i <= 2; $i++) {
    $t0 = microtime(true);
    $got = $p->get(['udp_refused_1', 'udp_refused_2']);
    $elapsed = microtime(true) - $t0;
    echo "get $i: ", json_encode($got), $elapsed < 0.3 ? '' : " (took $elapsed s)", "\n";
}
?>
--EXPECT--
get 1: {"udp_refused_1":"tcp-1","udp_refused_2":"tcp-2"}
get 2: {"udp_refused_1":"tcp-1","udp_refused_2":"tcp-2"}
