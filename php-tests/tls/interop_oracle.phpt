--TEST--
TLS interop: values written by us over TLS are read identically by the C extension over the same daemon's plaintext listener, and the reverse
--DESCRIPTION--
One memcached with a TLS listener and a notls: listener. The C extension (oracle_command(), which cannot speak
TLS) uses the plaintext one; this extension uses tls://127.0.0.1. Every PHP type, plain and compressed.
--SKIPIF--
<?php require __DIR__ . '/skipif.inc';
require __DIR__ . '/../config.inc';
if (oracle_command() === null) die('skip C reference extension (php' . PHP_MAJOR_VERSION . '.' . PHP_MINOR_VERSION . '-memcache) not installed'); ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/tls.inc';
require __DIR__ . '/../config.inc';
require __DIR__ . '/../interop/cases.inc';
$mc = tls_memcached();
ini_set('memcache.tls_ca_file', tls_certs() . '/ca.pem');
$m = new Memcache;
var_dump($m->connect('tls://127.0.0.1', $mc['port']));
$peer = fn(string $mode, string $set, string $prefix) => shell_exec(oracle_command() . ' '
    . escapeshellarg(__DIR__ . '/../interop/peer.php') . " $mode $set " . escapeshellarg($prefix) . " 127.0.0.1 {$mc['plain']} 2>&1");
$summary = function (string $cmp): string {
    $lines = array_filter(explode("\n", $cmp), 'strlen');
    $bad = array_filter($lines, fn($l) => !str_ends_with($l, ': ok'));
    return count($lines) . " values, " . count($bad) . " differ" . ($bad ? ":\n" . implode("\n", $bad) : '') . "\n";
};
foreach (['plain', 'compressed'] as $set) {
    echo "-- $set: ours (TLS) writes, the C extension (plaintext) reads\n";
    $w = interop_write($m, $set, "tls_w_$set");
    echo substr_count($w, ": true\n"), " stored\n";
    $got = $peer('read', $set, "tls_w_$set");
    $done = substr_count($got, "peer: done\n");
    echo $summary(interop_compare(str_replace("peer: done\n", '', $got), interop_expected($set))), "peer finished: $done\n";
    echo "-- $set: the C extension (plaintext) writes, ours (TLS) reads\n";
    $w = $peer('write', $set, "tls_r_$set");
    echo substr_count($w, ": true\n"), " stored, ", substr_count($w, "peer: done\n"), " peer finished\n";
    echo $summary(interop_compare(interop_read($m, $set, "tls_r_$set"), interop_expected($set)));
}
?>
--EXPECT--
bool(true)
-- plain: ours (TLS) writes, the C extension (plaintext) reads
27 stored
27 values, 0 differ
peer finished: 1
-- plain: the C extension (plaintext) writes, ours (TLS) reads
27 stored, 1 peer finished
27 values, 0 differ
-- compressed: ours (TLS) writes, the C extension (plaintext) reads
16 stored
16 values, 0 differ
peer finished: 1
-- compressed: the C extension (plaintext) writes, ours (TLS) reads
16 stored, 1 peer finished
16 values, 0 differ
