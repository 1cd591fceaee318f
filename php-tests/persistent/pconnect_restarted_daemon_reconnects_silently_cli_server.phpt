--TEST--
Under `php -S`, a persistent connection killed by a memcached restart between requests is replaced silently in the next request (§4.1, §6.3)
--DESCRIPTION--
`php -n -d extension=<the extension under test> -S …` (see child_php_command() in procs.inc) and a private
memcached on a free port. Request 1 pconnects, sets and gets. The daemon is killed and restarted on the same
port; request 2 (pconnect + set + get) and request 3 (new MemcachePool + lazy addServer + get) must succeed
with no diagnostic. After a second restart, request 4 (addServer + get) finds the key missing on the new
daemon, still without a diagnostic, and the server is not marked failed. memcached's curr_connections shows
the worker holds exactly one connection to the new daemon.
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
$port = $mc['port'];
$srv = cli_server_start(__DIR__ . '/cli_server_router.php') or die("could not start php -S\n");
$ctx = stream_context_create(['http' => ['timeout' => 5]]);
$request = function (int $n, string $query) use ($srv, $port, $ctx) {
    $body = (string)@file_get_contents("{$srv['url']}/?port=$port&$query", false, $ctx);
    $r = json_decode($body, true);
    if (is_array($r)) unset($r['pid']);
    echo "request $n: ", is_array($r) ? json_encode($r) : $body, "\n";
};
$restart = function () use (&$mc, $port) {
    memcached_stop($mc);
    $mc = memcached_start($port) or die("could not restart memcached\n");
};

$request(1, 'action=pconnect&key=rs_k&value=one');
$restart();
$request(2, 'action=pconnect&key=rs_k&value=two');
$request(3, 'action=addserver&key=rs_k');
echo "curr_connections (this probe + the worker's): ", raw_stats($port)['curr_connections'], "\n";
$restart();
$request(4, 'action=addserver&key=rs_k');
?>
--EXPECT--
request 1: {"pconnect":true,"set":true,"get":"one","errors":[]}
request 2: {"pconnect":true,"set":true,"get":"two","errors":[]}
request 3: {"addserver":true,"get":"two","status":1,"errors":[]}
curr_connections (this probe + the worker's): 2
request 4: {"addserver":true,"get":false,"status":1,"errors":[]}
