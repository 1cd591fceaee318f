--TEST--
TLS: a failed handshake takes the usual failure path: failure callback, failover to the next server, retry_interval
--SKIPIF--
<?php require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/tls.inc';
$d = tls_certs();
$good = tls_memcached();
$bad = tls_memcached(['cert' => 'wrongname.pem']);
ini_set('memcache.tls_ca_file', "$d/ca.pem");
ob_start(fn($o) => str_replace([(string)$good['port'], (string)$bad['port']], ['GOOD', 'BAD'], $o));

$m = new MemcachePool;
$m->addServer('tls://127.0.0.1', $good['port'], 0, false, 1, 1, 15);
$m->addServer('tls://127.0.0.1', $bad['port'], 0, false, 1, 1, 15);
$m->setFailureCallback(function ($host, $tcp, $udp, $error, $errnum) { echo "callback: $host $tcp $udp [$error] $errnum\n"; });
// Keys that map to the bad server first: they fail over to the good one.
$ok = 0;
for ($i = 0; $i < 20; $i++) {
    if ($m->set("fo_$i", $i) && $m->get("fo_$i") === $i) $ok++;
}
echo "stored and read back: $ok of 20\n";
var_dump($m->getServerStatus('tls://127.0.0.1', $bad['port']), $m->getServerStatus('tls://127.0.0.1', $good['port']));
// Within retry_interval the failed server is not tried again: no second callback.
var_dump($m->get('fo_1'));
$plain = new Memcache;
$plain->connect('127.0.0.1', $good['plain']);
$n = 0;
for ($i = 0; $i < 20; $i++) if ($plain->get("fo_$i") === $i) $n++;
echo "on the good server: $n\n";
?>
--EXPECT--
callback: tls://127.0.0.1 BAD 0 [TLS handshake failed: the server's certificate is not valid for '127.0.0.1' (check the host or memcache.tls_server_name): certificate not valid for name "127.0.0.1"; certificate is only valid for DnsName("other.example")] 0
stored and read back: 20 of 20
int(0)
int(1)
int(1)
on the good server: 20
