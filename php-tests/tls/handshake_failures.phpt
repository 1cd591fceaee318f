--TEST--
TLS: each handshake failure fails the server like a refused connection, with a reason a human can act on
--DESCRIPTION--
Untrusted chain, name mismatch, expired certificate, a plaintext server, a missing and a refused client
certificate (mutual TLS), and a server that accepts the TCP connection but never answers (within the 0.5 s
connect timeout, never a hang). Each gives the usual notice naming tls://HOST, connect()'s warning and false.
Nothing is ever sent in plaintext: the plaintext listener's memcached sees no command from us (cmd_get and
cmd_set stay 0 there, checked through raw stats).
--SKIPIF--
<?php require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/tls.inc';
$d = tls_certs();
$good = tls_memcached();
$wrong = tls_memcached(['cert' => 'wrongname.pem']);
$expired = tls_memcached(['cert' => 'expired.pem']);
$mtls = tls_memcached(['mtls' => true]);
[$silent, $silent_port] = tls_silent_listener();
ob_start(fn($o) => preg_replace('/(tcp |:)\d{4,5}\b/', '$1PORT', $o));

function attempt(string $label, int $port, array $ini = []): void {
    foreach ($ini as $k => $v) ini_set($k, $v);
    echo "-- $label\n";
    $t = microtime(true);
    $m = new Memcache;
    var_dump($m->connect('tls://127.0.0.1', $port, 0.5));
    $elapsed = microtime(true) - $t;
    if ($elapsed > 1.5) echo "took {$elapsed}s\n";
}
attempt('untrusted chain', $good['port'], ['memcache.tls_ca_file' => "$d/other-ca.pem"]);
ini_set('memcache.tls_ca_file', "$d/ca.pem");
attempt('name mismatch', $wrong['port']);
attempt('expired', $expired['port']);
attempt('plaintext server', $good['plain']);
attempt('no client certificate', $mtls['port']);
attempt('client certificate refused', $mtls['port'], ['memcache.tls_cert_file' => "$d/rogue.pem", 'memcache.tls_key_file' => "$d/rogue.key"]);
attempt('client certificate accepted', $mtls['port'], ['memcache.tls_cert_file' => "$d/client.pem", 'memcache.tls_key_file' => "$d/client.key"]);
attempt('silent server', $silent_port);
$s = raw_stats($good['plain']);
echo "plaintext commands seen: ", $s['cmd_get'] + $s['cmd_set'], "\n";
?>
--EXPECTF--
-- untrusted chain

Notice: Memcache::connect(): Server tls://127.0.0.1 (tcp PORT, udp 0) failed with: TLS handshake failed: the server's certificate is not signed by a trusted CA (set memcache.tls_ca_file to its CA) (0) in %s on line %d

Warning: Memcache::connect(): Can't connect to tls://127.0.0.1:PORT, TLS handshake failed: the server's certificate is not signed by a trusted CA (set memcache.tls_ca_file to its CA) (0) in %s on line %d
bool(false)
-- name mismatch

Notice: Memcache::connect(): Server tls://127.0.0.1 (tcp PORT, udp 0) failed with: TLS handshake failed: the server's certificate is not valid for '127.0.0.1' (check the host or memcache.tls_server_name): certificate not valid for name "127.0.0.1"; certificate is only valid for DnsName("other.example") (0) in %s on line %d

Warning: Memcache::connect(): Can't connect to tls://127.0.0.1:PORT, TLS handshake failed: the server's certificate is not valid for '127.0.0.1' (check the host or memcache.tls_server_name): certificate not valid for name "127.0.0.1"; certificate is only valid for DnsName("other.example") (0) in %s on line %d
bool(false)
-- expired

Notice: Memcache::connect(): Server tls://127.0.0.1 (tcp PORT, udp 0) failed with: TLS handshake failed: the server's certificate has expired (0) in %s on line %d

Warning: Memcache::connect(): Can't connect to tls://127.0.0.1:PORT, TLS handshake failed: the server's certificate has expired (0) in %s on line %d
bool(false)
-- plaintext server

Notice: Memcache::connect(): Server tls://127.0.0.1 (tcp PORT, udp 0) failed with: TLS handshake failed: the server does not speak TLS on this port (received corrupt message of type InvalidContentType) (0) in %s on line %d

Warning: Memcache::connect(): Can't connect to tls://127.0.0.1:PORT, TLS handshake failed: the server does not speak TLS on this port (received corrupt message of type InvalidContentType) (0) in %s on line %d
bool(false)
-- no client certificate

Notice: Memcache::connect(): Server tls://127.0.0.1 (tcp PORT, udp 0) failed with: TLS handshake failed: the server refused the handshake (CertificateRequired): does it require a client certificate it trusts (memcache.tls_cert_file, memcache.tls_key_file)? (0) in %s on line %d

Warning: Memcache::connect(): Can't connect to tls://127.0.0.1:PORT, TLS handshake failed: the server refused the handshake (CertificateRequired): does it require a client certificate it trusts (memcache.tls_cert_file, memcache.tls_key_file)? (0) in %s on line %d
bool(false)
-- client certificate refused

Notice: Memcache::connect(): Server tls://127.0.0.1 (tcp PORT, udp 0) failed with: TLS handshake failed: the server refused the handshake (UnknownCA): does it require a client certificate it trusts (memcache.tls_cert_file, memcache.tls_key_file)? (0) in %s on line %d

Warning: Memcache::connect(): Can't connect to tls://127.0.0.1:PORT, TLS handshake failed: the server refused the handshake (UnknownCA): does it require a client certificate it trusts (memcache.tls_cert_file, memcache.tls_key_file)? (0) in %s on line %d
bool(false)
-- client certificate accepted
bool(true)
-- silent server

Notice: Memcache::connect(): Server tls://127.0.0.1 (tcp PORT, udp 0) failed with: TLS handshake timed out (0) in %s on line %d

Warning: Memcache::connect(): Can't connect to tls://127.0.0.1:PORT, TLS handshake timed out (0) in %s on line %d
bool(false)
plaintext commands seen: 0
