--TEST--
TLS: the memcache.tls_* settings (PHP_INI_ALL, captured when a server is added); bad values warn, naming the setting and the file, and fail the server
--SKIPIF--
<?php require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/tls.inc';
$d = tls_certs();
$mc = tls_memcached();
ob_start(fn($o) => str_replace($d, 'DIR', preg_replace('/(tcp |:)\d{4,5}\b/', '$1PORT', $o)));
foreach (['tls_ca_file', 'tls_cert_file', 'tls_key_file', 'tls_verify_peer', 'tls_server_name'] as $n) {
    var_dump(ini_get("memcache.$n"));
}

function attempt(string $label, array $ini): void {
    foreach ($ini as $k => $v) ini_set($k, $v);
    echo "-- $label\n";
    $m = new Memcache;
    var_dump($m->connect('tls://127.0.0.1', $GLOBALS['mc']['port']));
    foreach ($ini as $k => $v) ini_restore($k);
}
attempt('missing CA file', ['memcache.tls_ca_file' => "$d/nope.pem"]);
attempt('CA file not PEM', ['memcache.tls_ca_file' => "$d/garbage.pem"]);
attempt('certificate without key', ['memcache.tls_ca_file' => "$d/ca.pem", 'memcache.tls_cert_file' => "$d/client.pem"]);
attempt('key without certificate', ['memcache.tls_ca_file' => "$d/ca.pem", 'memcache.tls_key_file' => "$d/client.key"]);
attempt('key of another certificate', ['memcache.tls_ca_file' => "$d/ca.pem", 'memcache.tls_cert_file' => "$d/client.pem", 'memcache.tls_key_file' => "$d/rogue.key"]);
attempt('missing key file', ['memcache.tls_ca_file' => "$d/ca.pem", 'memcache.tls_cert_file' => "$d/client.pem", 'memcache.tls_key_file' => "$d/nope.key"]);
attempt('certificate file not PEM', ['memcache.tls_ca_file' => "$d/ca.pem", 'memcache.tls_cert_file' => "$d/garbage.pem", 'memcache.tls_key_file' => "$d/client.key"]);
attempt('invalid server name', ['memcache.tls_ca_file' => "$d/ca.pem", 'memcache.tls_server_name' => 'not a name!']);

echo "-- settings are captured when the server is added\n";
ini_set('memcache.tls_ca_file', "$d/ca.pem");
$m = new Memcache;
$m->addServer('tls://127.0.0.1', $mc['port']);
ini_set('memcache.tls_ca_file', "$d/nope.pem");
var_dump($m->set('captured', 'yes'), $m->get('captured'));
ini_restore('memcache.tls_ca_file');
echo "-- a server added with the bad value fails on use, with the warning\n";
ini_set('memcache.tls_ca_file', "$d/nope.pem");
$m = new Memcache;
$m->addServer('tls://127.0.0.1', $mc['port']);
ini_set('memcache.tls_ca_file', "$d/ca.pem");
var_dump($m->get('captured'));
?>
--EXPECTF--
string(0) ""
string(0) ""
string(0) ""
string(1) "1"
string(0) ""
-- missing CA file

Warning: Memcache::connect(): memcache.tls_ca_file: cannot read 'DIR/nope.pem': No such file or directory in %s on line %d

Notice: Memcache::connect(): Server tls://127.0.0.1 (tcp PORT, udp 0) failed with: TLS configuration error: memcache.tls_ca_file: cannot read 'DIR/nope.pem': No such file or directory (0) in %s on line %d

Warning: Memcache::connect(): Can't connect to tls://127.0.0.1:PORT, TLS configuration error: memcache.tls_ca_file: cannot read 'DIR/nope.pem': No such file or directory (0) in %s on line %d
bool(false)
-- CA file not PEM

Warning: Memcache::connect(): memcache.tls_ca_file: no usable PEM certificate in 'DIR/garbage.pem' in %s on line %d

Notice: Memcache::connect(): Server tls://127.0.0.1 (tcp PORT, udp 0) failed with: TLS configuration error: memcache.tls_ca_file: no usable PEM certificate in 'DIR/garbage.pem' (0) in %s on line %d

Warning: Memcache::connect(): Can't connect to tls://127.0.0.1:PORT, TLS configuration error: memcache.tls_ca_file: no usable PEM certificate in 'DIR/garbage.pem' (0) in %s on line %d
bool(false)
-- certificate without key

Warning: Memcache::connect(): memcache.tls_cert_file is 'DIR/client.pem' but memcache.tls_key_file is empty in %s on line %d

Notice: Memcache::connect(): Server tls://127.0.0.1 (tcp PORT, udp 0) failed with: TLS configuration error: memcache.tls_cert_file is 'DIR/client.pem' but memcache.tls_key_file is empty (0) in %s on line %d

Warning: Memcache::connect(): Can't connect to tls://127.0.0.1:PORT, TLS configuration error: memcache.tls_cert_file is 'DIR/client.pem' but memcache.tls_key_file is empty (0) in %s on line %d
bool(false)
-- key without certificate

Warning: Memcache::connect(): memcache.tls_key_file is 'DIR/client.key' but memcache.tls_cert_file is empty in %s on line %d

Notice: Memcache::connect(): Server tls://127.0.0.1 (tcp PORT, udp 0) failed with: TLS configuration error: memcache.tls_key_file is 'DIR/client.key' but memcache.tls_cert_file is empty (0) in %s on line %d

Warning: Memcache::connect(): Can't connect to tls://127.0.0.1:PORT, TLS configuration error: memcache.tls_key_file is 'DIR/client.key' but memcache.tls_cert_file is empty (0) in %s on line %d
bool(false)
-- key of another certificate

Warning: Memcache::connect(): memcache.tls_key_file: 'DIR/rogue.key' is not the key of memcache.tls_cert_file 'DIR/client.pem' in %s on line %d

Notice: Memcache::connect(): Server tls://127.0.0.1 (tcp PORT, udp 0) failed with: TLS configuration error: memcache.tls_key_file: 'DIR/rogue.key' is not the key of memcache.tls_cert_file 'DIR/client.pem' (0) in %s on line %d

Warning: Memcache::connect(): Can't connect to tls://127.0.0.1:PORT, TLS configuration error: memcache.tls_key_file: 'DIR/rogue.key' is not the key of memcache.tls_cert_file 'DIR/client.pem' (0) in %s on line %d
bool(false)
-- missing key file

Warning: Memcache::connect(): memcache.tls_key_file: cannot read 'DIR/nope.key': No such file or directory in %s on line %d

Notice: Memcache::connect(): Server tls://127.0.0.1 (tcp PORT, udp 0) failed with: TLS configuration error: memcache.tls_key_file: cannot read 'DIR/nope.key': No such file or directory (0) in %s on line %d

Warning: Memcache::connect(): Can't connect to tls://127.0.0.1:PORT, TLS configuration error: memcache.tls_key_file: cannot read 'DIR/nope.key': No such file or directory (0) in %s on line %d
bool(false)
-- certificate file not PEM

Warning: Memcache::connect(): memcache.tls_cert_file: no PEM certificate in 'DIR/garbage.pem' in %s on line %d

Notice: Memcache::connect(): Server tls://127.0.0.1 (tcp PORT, udp 0) failed with: TLS configuration error: memcache.tls_cert_file: no PEM certificate in 'DIR/garbage.pem' (0) in %s on line %d

Warning: Memcache::connect(): Can't connect to tls://127.0.0.1:PORT, TLS configuration error: memcache.tls_cert_file: no PEM certificate in 'DIR/garbage.pem' (0) in %s on line %d
bool(false)
-- invalid server name

Warning: Memcache::connect(): memcache.tls_server_name: 'not a name!' is not a valid DNS name or IP address for TLS in %s on line %d

Notice: Memcache::connect(): Server tls://127.0.0.1 (tcp PORT, udp 0) failed with: TLS configuration error: memcache.tls_server_name: 'not a name!' is not a valid DNS name or IP address for TLS (0) in %s on line %d

Warning: Memcache::connect(): Can't connect to tls://127.0.0.1:PORT, TLS configuration error: memcache.tls_server_name: 'not a name!' is not a valid DNS name or IP address for TLS (0) in %s on line %d
bool(false)
-- settings are captured when the server is added
bool(true)
string(3) "yes"
-- a server added with the bad value fails on use, with the warning

Warning: MemcachePool::get(): memcache.tls_ca_file: cannot read 'DIR/nope.pem': No such file or directory in %s on line %d

Notice: MemcachePool::get(): Server tls://127.0.0.1 (tcp PORT, udp 0) failed with: TLS configuration error: memcache.tls_ca_file: cannot read 'DIR/nope.pem': No such file or directory (0) in %s on line %d
bool(false)
