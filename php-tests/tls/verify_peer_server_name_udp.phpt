--TEST--
TLS: tls_verify_peer=0 encrypts without verifying; tls_server_name sets the name verified; a UDP port gets a notice and TCP only
--SKIPIF--
<?php require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/tls.inc';
$d = tls_certs();
$wrong = tls_memcached(['cert' => 'wrongname.pem']);
$p = $wrong['port'];
ob_start(fn($o) => preg_replace('/(tcp |:)\d{4,5}\b/', '$1PORT', $o));

echo "-- verify_peer=0: no CA, wrong name, still TLS\n";
ini_set('memcache.tls_verify_peer', '0');
$m = new Memcache;
var_dump($m->connect('tls://127.0.0.1', $p), $m->set('vp', 'unverified'), $m->get('vp'));
ini_set('memcache.tls_verify_peer', '1');

echo "-- server name other.example matches the certificate\n";
ini_set('memcache.tls_ca_file', "$d/ca.pem");
ini_set('memcache.tls_server_name', 'other.example');
$m = new Memcache;
var_dump($m->connect('tls://127.0.0.1', $p), $m->get('vp'));
echo "-- server name localhost does not\n";
ini_set('memcache.tls_server_name', 'localhost');
$m = new Memcache;
var_dump($m->connect('tls://127.0.0.1', $p, 1));
ini_restore('memcache.tls_server_name');

echo "-- a UDP port\n";
// (under the binary protocol the reference's own notice about UDP comes first and wins)
ini_set('memcache.protocol', 'ascii');
ini_set('memcache.tls_verify_peer', '0');
$m2 = new MemcachePool;
var_dump($m2->addServer('tls://127.0.0.1', $p, 11211), $m2->get('vp'));
var_dump(array_keys($m2->getExtendedStats()));
?>
--EXPECTF--
-- verify_peer=0: no CA, wrong name, still TLS
bool(true)
bool(true)
string(10) "unverified"
-- server name other.example matches the certificate
bool(true)
string(10) "unverified"
-- server name localhost does not

Notice: Memcache::connect(): Server tls://127.0.0.1 (tcp PORT, udp 0) failed with: TLS handshake failed: the server's certificate is not valid for 'localhost' (check the host or memcache.tls_server_name): certificate not valid for name "localhost"; certificate is only valid for DnsName("other.example") (0) in %s on line %d

Warning: Memcache::connect(): Can't connect to tls://127.0.0.1:PORT, TLS handshake failed: the server's certificate is not valid for 'localhost' (check the host or memcache.tls_server_name): certificate not valid for name "localhost"; certificate is only valid for DnsName("other.example") (0) in %s on line %d
bool(false)
-- a UDP port

Notice: MemcachePool::addserver(): UDP is not encrypted: a tls:// server is used over TCP only in %s on line %d
bool(true)
string(10) "unverified"
array(1) {
  [0]=>
  string(%d) "tls://127.0.0.1:PORT"
}
