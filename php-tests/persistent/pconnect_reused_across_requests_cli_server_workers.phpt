--TEST--
pconnect() under `PHP_CLI_SERVER_WORKERS=2 php -S` (processes forked after MINIT): each serving process keeps one persistent connection of its own (§6.3)
--DESCRIPTION--
Like pconnect_reused_across_requests_cli_server.phpt, but the server forks worker processes after the
extension's MINIT (PHP 8.2's `php -S` then serves requests from the parent and its workers), so the registry
and everything the extension set up at MINIT must work in forked processes. The first three requests overlap
(started 100 ms apart, each held 400 ms by the router), so that at least two processes serve requests; 27
sequential requests follow. Every request must succeed without a diagnostic, and memcached's counters must
show exactly one connection per serving process: curr_connections grows by the number of distinct pids that
answered, total_connections by that plus 1 (the second `stats` probe).
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--SKIPIF--
<?php
if (!extension_loaded('memcache')) die('skip memcache extension not loaded');
require __DIR__ . '/procs.inc';
if (memcached_binary() === null) die('skip memcached binary not found');
if (child_php_command() === null) die('skip cannot tell which extension a child php should load');
?>
--FILE--
<?php
require __DIR__ . '/procs.inc';
$mc = memcached_start() or die("could not start memcached\n");
$srv = cli_server_start(__DIR__ . '/cli_server_router.php', ['PHP_CLI_SERVER_WORKERS' => '2'])
    or die("could not start php -S\n");
$port = $mc['port'];

function send_request(int $server_port, string $query) {
    $s = stream_socket_client("tcp://127.0.0.1:$server_port", $errno, $errstr, 5);
    stream_set_timeout($s, 5);
    fwrite($s, "GET /?$query HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
    return $s;
}
function read_response($s): string {
    $raw = (string)stream_get_contents($s);
    fclose($s);
    $pos = strpos($raw, "\r\n\r\n");
    return $pos === false ? $raw : substr($raw, $pos + 4);
}

$before = raw_stats($port);
$ok = 0;
$pids = [];
$check = function (int $i, string $body) use (&$ok, &$pids) {
    $r = json_decode($body, true);
    if (is_array($r) && $r['pconnect'] === true && $r['set'] === true && $r['get'] === "v$i" && $r['errors'] === []) {
        $ok++;
    } else {
        echo "request $i: $body\n";
    }
    $pids[$r['pid'] ?? 0] = true;
};
$pending = [];
for ($i = 0; $i < 3; $i++) {
    $pending[$i] = send_request($srv['port'], "action=pconnect&port=$port&key=pcw_req_$i&value=v$i&sleep_ms=400");
    usleep(100000);
}
foreach ($pending as $i => $s) $check($i, read_response($s));
for ($i = 3; $i < 30; $i++) {
    $check($i, read_response(send_request($srv['port'], "action=pconnect&port=$port&key=pcw_req_$i&value=v$i")));
}
$after = raw_stats($port);
$n = count($pids);
echo "requests that succeeded: $ok\n";
echo "at least two serving processes: ", var_export($n >= 2, true), "\n";
$curr = $after['curr_connections'] - $before['curr_connections'];
$total = $after['total_connections'] - $before['total_connections'];
echo "curr_connections growth == processes: ", var_export($curr === $n, true), "\n";
echo "total_connections growth == processes + 1: ", var_export($total === $n + 1, true), "\n";
if ($curr !== $n || $total !== $n + 1) echo "processes $n, curr_connections +$curr, total_connections +$total\n";
?>
--EXPECT--
requests that succeeded: 30
at least two serving processes: true
curr_connections growth == processes: true
total_connections growth == processes + 1: true
