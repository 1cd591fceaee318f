--TEST--
A persistent server that failed in one `php -S` request stays failed in later requests of the same process: false and status 0, with no new notice (§6.3)
--DESCRIPTION--
`php -n -d extension=<the extension under test> -S …` (see child_php_command() in procs.inc) serves five
requests that each add the same refused port as a persistent server (retry_interval 15) to a new
MemcachePool and call get() and getServerStatus(). Only the first request tries to connect and raises the
failure notice; the later ones find the failure state in the process-wide registry and return false silently.
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--SKIPIF--
<?php
if (!extension_loaded('memcache')) die('skip memcache extension not loaded');
require __DIR__ . '/procs.inc';
if (child_php_command() === null) die('skip cannot tell which extension a child php should load');
?>
--FILE--
<?php
require __DIR__ . '/procs.inc';
$srv = cli_server_start(__DIR__ . '/cli_server_router.php') or die("could not start php -S\n");
$refused = free_port();   // nothing listens here
$ctx = stream_context_create(['http' => ['timeout' => 5]]);
for ($i = 1; $i <= 5; $i++) {
    $body = (string)@file_get_contents("{$srv['url']}/?action=addserver&port=$refused&key=fs_req_$i", false, $ctx);
    $r = json_decode($body, true);
    if (!is_array($r)) { echo "request $i: $body\n"; continue; }
    unset($r['pid']);
    echo "request $i: ", str_replace((string)$refused, 'PORT', json_encode($r, JSON_UNESCAPED_SLASHES)), "\n";
}
?>
--EXPECT--
request 1: {"addserver":true,"get":false,"status":0,"errors":["MemcachePool::get(): Server 127.0.0.1 (tcp PORT, udp 0) failed with: Connection failed: Connection refused (111)"]}
request 2: {"addserver":true,"get":false,"status":0,"errors":[]}
request 3: {"addserver":true,"get":false,"status":0,"errors":[]}
request 4: {"addserver":true,"get":false,"status":0,"errors":[]}
request 5: {"addserver":true,"get":false,"status":0,"errors":[]}
