--TEST--
session over HTTP: a `php -S` page keeps a counter in a memcache session across requests that carry the session cookie
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc';
require __DIR__ . '/session.inc';
if (session_php_command() === null) die('skip cannot tell which extension this test runs under'); ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
// The built-in web server runs with the same PHP and extension as this test (session_php_command(), which
// copies the extension options from this process's command line) and the session settings on its command
// line. The first request has no cookie: PHP creates an id and sends Set-Cookie. The next ones send it back
// (Cookie header) and see the counter grow; a request without the cookie starts a new session. The stored
// session is then checked on both daemons (two servers, session_redundancy 2). The server is killed at the
// end, also if the test dies.
require __DIR__ . '/../config.inc';
require __DIR__ . '/session.inc';
$servers = ["$host:$port", "$host:$port2"];
$php = session_php_command();
$server = null;
for ($attempt = 0; $attempt < 5 && $server === null; $attempt++) {
    $s = stream_socket_server('tcp://127.0.0.1:0');
    $web_port = (int)substr(strrchr(stream_socket_get_name($s, false), ':'), 1);
    fclose($s);
    $cmd = array_merge($php, ['-d', 'error_reporting=' . (E_ALL & ~E_DEPRECATED), '-d', 'session.save_handler=memcache',
        '-d', "session.save_path=tcp://$host:$port, tcp://$host:$port2", '-S', "127.0.0.1:$web_port",
        __DIR__ . '/http_counter_page.php']);
    $proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['file', '/dev/null', 'w'],
                             2 => ['file', '/dev/null', 'w']], $pipes);
    $owner = getmypid();
    register_shutdown_function(function () use ($proc, $owner) {
        if (getmypid() === $owner && is_resource($proc)) { proc_terminate($proc, 9); proc_close($proc); }
    });
    for ($t = 0; $t < 500 && proc_get_status($proc)['running']; $t++) {   // up to 5 s
        $c = @stream_socket_client("tcp://127.0.0.1:$web_port", $errno, $errstr, 0.5);
        if ($c) { fclose($c); $server = $proc; break; }
        usleep(10000);
    }
    if ($server === null) { proc_terminate($proc, 9); proc_close($proc); }
}
if ($server === null) die("could not start php -S\n");

function http_get(int $port, ?string $cookie): array {
    $headers = $cookie === null ? [] : ["Cookie: PHPSESSID=$cookie"];
    $ctx = stream_context_create(['http' => ['header' => $headers, 'timeout' => 5, 'ignore_errors' => true]]);
    $body = file_get_contents("http://127.0.0.1:$port/", false, $ctx);
    $set = null;
    foreach ($http_response_header as $h) {
        if (preg_match('/^Set-Cookie: PHPSESSID=([^;]+)/i', $h, $m)) $set = $m[1];
    }
    return [json_decode($body, true) ?? $body, $set];
}

[$first, $cookie] = http_get($web_port, null);
echo "request 1: count={$first['count']} handler={$first['handler']} errors=", json_encode($first['errors']),
    " cookie set: ", var_export($cookie === $first['id'] && $cookie !== '', true), "\n";
for ($i = 2; $i <= 4; $i++) {
    [$r, $set] = http_get($web_port, $cookie);
    echo "request $i: count={$r['count']} same session: ", var_export($r['id'] === $cookie, true),
        " errors=", json_encode($r['errors']), "\n";
}
[$other] = http_get($web_port, null);
echo "no cookie: count={$other['count']} new session: ", var_export($other['id'] !== $cookie, true), "\n";
session_raw_show_all($servers, $cookie);
session_raw_cleanup($servers, $cookie);
session_raw_cleanup($servers, $other['id']);
proc_terminate($server, 9);
proc_close($server);
?>
--EXPECT--
request 1: count=1 handler=memcache errors=[] cookie set: true
request 2: count=2 same session: true errors=[]
request 3: count=3 same session: true errors=[]
request 4: count=4 same session: true errors=[]
no cookie: count=1 new session: true
s0: 'count|i:4;' lock flags=768 '0'
s1: 'count|i:4;' lock flags=768 '0'
