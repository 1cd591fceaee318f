--TEST--
TLS: the session handler over tls:// (mixed with tcp:// entries, persistent and redundant), data readable over the plaintext listener
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
session.save_handler=memcache
session.use_cookies=0
session.cache_limiter=
memcache.session_redundancy=2
; uncompressed, so that the session's value is large on the wire (see the blob below)
memcache.compress_threshold=0
--SKIPIF--
<?php require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
ob_start();
require __DIR__ . '/tls.inc';
$a = tls_memcached();
$b = tls_memcached(['mtls' => true]);
$d = tls_certs();
ini_set('memcache.tls_ca_file', "$d/ca.pem");
ini_set('memcache.tls_cert_file', "$d/client.pem");
ini_set('memcache.tls_key_file', "$d/client.key");
$path = "tls://127.0.0.1:{$a['port']}?persistent=1&weight=2, tls://localhost:{$b['port']}?persistent=0&timeout=2";
ini_set('session.save_path', $path);

$before = [total_connections($a), total_connections($b)];
for ($i = 0; $i < 20; $i++) {
    session_id('tlssess');
    session_start();
    $_SESSION['n'] = ($_SESSION['n'] ?? 0) + 1;
    // Larger than memcached's read buffer, and followed by the lock's set in the same pipeline: over TLS
    // that set must start a TLS record of its own, or memcached never sees it (large_values.phpt).
    $_SESSION['blob'] = str_repeat('s', 40000);
    session_write_close();
}
$after = [total_connections($a), total_connections($b)];
echo "counter: ";
session_id('tlssess');
session_start();
echo $_SESSION['n'], "\n";
session_write_close();
// Both servers hold the session (redundancy 2): read the raw value over each daemon's plaintext listener.
foreach (['a' => $a, 'b' => $b] as $name => $mc) {
    $m = new Memcache;
    $m->connect('127.0.0.1', $mc['plain']);
    $v = $m->get('tlssess');
    echo "$name: ", is_string($v) && str_contains($v, 'n|i:20;') ? 'has the session' : var_export($v, true), "\n";
}
// The persistent entry keeps one connection; the non-persistent one connects per request (20 writes + reads).
echo "new connections on the persistent server: ", $after[0] - $before[0] - 1, "\n";
echo "new connections on the non-persistent server: ", ($after[1] - $before[1] - 1) > 1 ? 'several' : 'one', "\n";

echo "-- mixed with a tcp:// entry\n";
ini_set('session.save_path', "tcp://127.0.0.1:{$a['plain']}, tls://127.0.0.1:{$b['port']}");
session_id('mixed');
session_start();
$_SESSION['x'] = 'mixed';
session_write_close();
session_id('mixed');
session_start();
echo $_SESSION['x'], "\n";
session_write_close();
echo "-- a tls:// server with a wrong CA: the session still works on the other server\n";
ini_set('memcache.tls_ca_file', "$d/other-ca.pem");
ini_set('session.save_path', "tcp://127.0.0.1:{$a['plain']}, tls://127.0.0.1:{$b['port']}");
session_id('mixed');
session_start();
echo $_SESSION['x'], "\n";
session_write_close();
ob_end_flush();
?>
--EXPECTF--
counter: 20
a: has the session
b: has the session
new connections on the persistent server: 1
new connections on the non-persistent server: several
-- mixed with a tcp:// entry
mixed
-- a tls:// server with a wrong CA: the session still works on the other server
%Amixed
