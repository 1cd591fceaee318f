--TEST--
pconnect() under `php -S`: 30 requests share one persistent connection that stays open between requests (§6.3)
--DESCRIPTION--
Starts a private memcached on a free port (so that other tests' connections stay out of its counters) and
`php -n -d extension=<the extension under test> -S 127.0.0.1:<free port> cli_server_router.php`. The child gets
the extension from this test's own command line (/proc/self/cmdline, see child_php_command() in procs.inc).
Each of 30 requests runs new Memcache + pconnect + set + get. memcached's counters, read over a raw socket
before and after: curr_connections grows by exactly 1 (the persistent connection, still open after the last
request) and total_connections by 2 (that connection plus the second `stats` probe): no request opened a
connection of its own.
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
$srv = cli_server_start(__DIR__ . '/cli_server_router.php') or die("could not start php -S\n");
$port = $mc['port'];
$ctx = stream_context_create(['http' => ['timeout' => 5]]);

$before = raw_stats($port);
$ok = 0;
$pids = [];
for ($i = 0; $i < 30; $i++) {
    $body = (string)@file_get_contents("{$srv['url']}/?action=pconnect&port=$port&key=pc_req_$i&value=v$i", false, $ctx);
    $r = json_decode($body, true);
    if (is_array($r) && $r['pconnect'] === true && $r['set'] === true && $r['get'] === "v$i" && $r['errors'] === []) {
        $ok++;
    } else {
        echo "request $i: $body\n";
    }
    $pids[$r['pid'] ?? 0] = true;
}
$after = raw_stats($port);
echo "requests that succeeded: $ok\n";
echo "server processes: ", count($pids), "\n";
echo "curr_connections growth: ", $after['curr_connections'] - $before['curr_connections'], "\n";
echo "total_connections growth: ", $after['total_connections'] - $before['total_connections'], "\n";
?>
--EXPECT--
requests that succeeded: 30
server processes: 1
curr_connections growth: 1
total_connections growth: 2
