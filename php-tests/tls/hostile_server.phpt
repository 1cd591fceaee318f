--TEST--
TLS: a hostile or broken server after the handshake (garbage, a close in the middle of a record, a stall) fails that server, within the timeout
--DESCRIPTION--
A relay in front of a TLS memcached passes the handshake and a first request through, then replaces what the
server sends: bytes that are not TLS records, half a record followed by a close, or nothing at all. Each case
runs on one server (the blocking-recv wait) and on two (the poll wait, with a healthy second server).
--SKIPIF--
<?php require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/tls.inc';
$mc = tls_memcached();
$other = tls_memcached();
$relay = tls_relay($mc['port']);
ini_set('memcache.tls_ca_file', tls_certs() . '/ca.pem');
ob_start(fn($o) => str_replace(["tcp {$relay['port']},", "tcp {$other['port']},"], ['tcp RELAY,', 'tcp OTHER,'], $o));
$keys = [];
for ($i = 0; $i < 40; $i++) $keys[] = "hk_$i";

foreach (['garbage', 'cut', 'stall'] as $mode) {
    foreach ([1, 2] as $servers) {
        echo "-- $mode, $servers server(s)\n";
        file_put_contents($relay['ctl'], '');
        $m = new MemcachePool;
        $m->addServer('tls://127.0.0.1', $relay['port'], 0, false, 1, 0.5, -1);
        if ($servers === 2) $m->addServer('tls://127.0.0.1', $other['port'], 0, false, 1, 0.5, -1);
        foreach ($keys as $k) $m->set($k, "v$k");
        file_put_contents($relay['ctl'], $mode);
        $t = microtime(true);
        $r = $servers === 1 ? $m->get('hk_1') : count($m->get($keys));
        if ($servers === 2) $r = $r > 0 && $r < 40 ? "the healthy server's keys" : $r;
        $elapsed = microtime(true) - $t;
        var_dump($r);
        echo $elapsed < 1.5 ? "within the timeout\n" : "took {$elapsed}s\n";
    }
}
?>
--EXPECTF--
-- garbage, 1 server(s)

Notice: MemcachePool::get(): Server tls://127.0.0.1 (tcp RELAY, udp 0) failed with: TLS error: the server sent bytes that are not a valid TLS record (received corrupt message of type InvalidContentType) (0) in %s on line %d
bool(false)
within the timeout
-- garbage, 2 server(s)

Notice: MemcachePool::get(): Server tls://127.0.0.1 (tcp RELAY, udp 0) failed with: TLS error: the server sent bytes that are not a valid TLS record (received corrupt message of type InvalidContentType) (0) in %s on line %d
string(25) "the healthy server's keys"
within the timeout
-- cut, 1 server(s)

Notice: MemcachePool::get(): Server tls://127.0.0.1 (tcp RELAY, udp 0) failed with: Read failed (socket was unexpectedly closed) (0) in %s on line %d
bool(false)
within the timeout
-- cut, 2 server(s)

Notice: MemcachePool::get(): Server tls://127.0.0.1 (tcp RELAY, udp 0) failed with: Read failed (socket was unexpectedly closed) (0) in %s on line %d
string(25) "the healthy server's keys"
within the timeout
-- stall, 1 server(s)

Notice: MemcachePool::get(): Server tls://127.0.0.1 (tcp RELAY, udp 0) failed with: Network timeout (0) in %s on line %d
bool(false)
within the timeout
-- stall, 2 server(s)

Notice: MemcachePool::get(): Server tls://127.0.0.1 (tcp RELAY, udp 0) failed with: Network timeout (0) in %s on line %d
string(25) "the healthy server's keys"
within the timeout
