--TEST--
TLS: TLS 1.2 and 1.3 are spoken; a server that offers only TLS 1.1 fails the handshake with a reason
--DESCRIPTION--
memcached offers TLS 1.3 (every other test). Here `openssl s_server` restricted to one version: TLS 1.2
completes the handshake (connect() is true; s_server does not speak memcached, so nothing more is asked), TLS
1.1 (allowed by s_server only at security level 0) is refused.
--SKIPIF--
<?php require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/tls.inc';
$d = tls_certs();
ini_set('memcache.tls_ca_file', "$d/ca.pem");
function s_server(array $version): int {
    global $d;
    for ($attempt = 0; $attempt < 5; $attempt++) {
        $port = free_port();
        $proc = proc_open(array_merge(['openssl', 's_server', '-quiet', '-cert', "$d/server.pem", '-key', "$d/server.key",
            '-accept', "127.0.0.1:$port"], $version),
            [0 => ['pipe', 'r'], 1 => ['file', '/dev/null', 'w'], 2 => ['file', '/dev/null', 'w']], $pipes);
        kill_at_shutdown($proc);
        if (wait_listening($port, $proc)) return $port;
        kill_proc($proc);
    }
    die("openssl s_server did not start\n");
}
$p12 = s_server(['-tls1_2']);
$p11 = s_server(['-tls1_1', '-cipher', 'DEFAULT@SECLEVEL=0']);
ob_start(fn($o) => str_replace(["tcp $p11,", "1:$p11,"], ['tcp PORT,', '1:PORT,'], $o));
echo "-- TLS 1.2 only\n";
$m = new Memcache;
var_dump($m->connect('tls://127.0.0.1', $p12, 2));
echo "-- TLS 1.1 only\n";
$m = new Memcache;
var_dump($m->connect('tls://127.0.0.1', $p11, 2));
?>
--EXPECTF--
-- TLS 1.2 only
bool(true)
-- TLS 1.1 only

Notice: Memcache::connect(): Server tls://127.0.0.1 (tcp PORT, udp 0) failed with: TLS handshake failed: the server refused the TLS version (ProtocolVersion): it speaks neither TLS 1.2 nor TLS 1.3 (0) in %s on line %d

Warning: Memcache::connect(): Can't connect to tls://127.0.0.1:PORT, TLS handshake failed: the server refused the TLS version (ProtocolVersion): it speaks neither TLS 1.2 nor TLS 1.3 (0) in %s on line %d
bool(false)
