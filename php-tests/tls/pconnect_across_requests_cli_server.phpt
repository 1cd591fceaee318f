--TEST--
TLS: a pconnect()ed TLS connection is reused across requests of one server process (php -S): total_connections stays flat
--SKIPIF--
<?php require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/tls.inc';
$mc = tls_memcached();
$srv = cli_server_start(__DIR__ . '/cli_server_router.php') or die("could not start php -S\n");
$ctx = stream_context_create(['http' => ['timeout' => 5]]);
$ca = urlencode(tls_certs() . '/ca.pem');
$before = total_connections($mc);
$ok = 0;
$pids = [];
for ($i = 0; $i < 30; $i++) {
    $body = (string)@file_get_contents("{$srv['url']}/?port={$mc['port']}&ca=$ca&key=tls_req_$i&value=v$i", false, $ctx);
    $r = json_decode($body, true);
    if (is_array($r) && $r['pconnect'] === true && $r['set'] === true && $r['get'] === "v$i" && $r['errors'] === []) {
        $ok++;
    } else {
        echo "request $i: $body\n";
    }
    $pids[$r['pid'] ?? 0] = true;
}
echo "requests that succeeded: $ok\n";
echo "server processes: ", count($pids), "\n";
// one TLS connection, plus the stats look-up itself
echo "total_connections growth: ", total_connections($mc) - $before, "\n";
?>
--EXPECT--
requests that succeeded: 30
server processes: 1
total_connections growth: 2
