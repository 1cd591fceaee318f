--TEST--
session save path: query parameters persistent, udp_port, weight, timeout, retry_interval; weight <= 0 or timeout <= 0 fail open()
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
session.save_handler=memcache
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
// Spec §8.1. The query string is parsed like a PHP query string; weight is converted to an integer and
// timeout to a float, so "1.9" is weight 1 and "0.5" is weight 0. A repeated parameter keeps its last value,
// array-valued and unknown parameters are ignored. A weight <= 0 or timeout <= 0 makes open() fail, and PHP
// reports "Failed to initialize storage module".
ob_start();
require __DIR__ . '/../config.inc';
require __DIR__ . '/session.inc';
$u = "tcp://$host:$port";
$queries = [
    '?persistent=1', '?persistent=0', '?weight=2', '?weight=1.9', '?weight=+1', '?timeout=0.5', '?timeout=1%2E5',
    '?retry_interval=5', '?retry_interval=-1', '?udp_port=0', '?persistent=1&weight=3&timeout=2&retry_interval=1',
    '?', '?unknown=1', '?weight[]=0', '?timeout[x]=0', '?a=1;weight=0',
    '?weight=0', '?weight=-1', '?weight=0.5', '?weight=abc', '?weight=0x1', '?weight=1&weight=0', '?weight',
    '?timeout=0', '?timeout=-1', '?timeout=abc', '?timeout=abc&weight=1',
];
foreach ($queries as $i => $q) {
    $id = "sess-query-$i";
    session_raw_cleanup(["$host:$port"], $id);
    ini_set('session.save_path', $u . $q);
    session_id($id);
    $start = @session_start();
    $err = error_get_last();
    error_clear_last();
    echo str_pad($q, 52), ' ';
    if (!$start) {
        echo "start=false: ", str_replace($u, 'URL', $err['message'] ?? 'no warning'), "\n";
        continue;
    }
    $_SESSION['q'] = $i;
    $write = session_write_close();
    echo "start=true write=", var_export($write, true), " stored=", session_raw_show("$host:$port", $id), "\n";
    session_raw_cleanup(["$host:$port"], $id);
}
?>
--EXPECT--
?persistent=1                                        start=true write=true stored='q|i:0;'
?persistent=0                                        start=true write=true stored='q|i:1;'
?weight=2                                            start=true write=true stored='q|i:2;'
?weight=1.9                                          start=true write=true stored='q|i:3;'
?weight=+1                                           start=true write=true stored='q|i:4;'
?timeout=0.5                                         start=true write=true stored='q|i:5;'
?timeout=1%2E5                                       start=true write=true stored='q|i:6;'
?retry_interval=5                                    start=true write=true stored='q|i:7;'
?retry_interval=-1                                   start=true write=true stored='q|i:8;'
?udp_port=0                                          start=true write=true stored='q|i:9;'
?persistent=1&weight=3&timeout=2&retry_interval=1    start=true write=true stored='q|i:10;'
?                                                    start=true write=true stored='q|i:11;'
?unknown=1                                           start=true write=true stored='q|i:12;'
?weight[]=0                                          start=true write=true stored='q|i:13;'
?timeout[x]=0                                        start=true write=true stored='q|i:14;'
?a=1;weight=0                                        start=true write=true stored='q|i:15;'
?weight=0                                            start=false: session_start(): Failed to initialize storage module: memcache (path: URL?weight=0)
?weight=-1                                           start=false: session_start(): Failed to initialize storage module: memcache (path: URL?weight=-1)
?weight=0.5                                          start=false: session_start(): Failed to initialize storage module: memcache (path: URL?weight=0.5)
?weight=abc                                          start=false: session_start(): Failed to initialize storage module: memcache (path: URL?weight=abc)
?weight=0x1                                          start=false: session_start(): Failed to initialize storage module: memcache (path: URL?weight=0x1)
?weight=1&weight=0                                   start=false: session_start(): Failed to initialize storage module: memcache (path: URL?weight=1&weight=0)
?weight                                              start=false: session_start(): Failed to initialize storage module: memcache (path: URL?weight)
?timeout=0                                           start=false: session_start(): Failed to initialize storage module: memcache (path: URL?timeout=0)
?timeout=-1                                          start=false: session_start(): Failed to initialize storage module: memcache (path: URL?timeout=-1)
?timeout=abc                                         start=false: session_start(): Failed to initialize storage module: memcache (path: URL?timeout=abc)
?timeout=abc&weight=1                                start=false: session_start(): Failed to initialize storage module: memcache (path: URL?timeout=abc&weight=1)
