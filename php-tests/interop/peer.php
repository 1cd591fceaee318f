<?php
// Child process for the interop tests, run under the *other* extension (normally the C oracle, see
// oracle_command() in config.inc):  php peer.php <write|read> <case set> <key prefix> <host> <port>
// Prints interop_write()/interop_read() output on stdout.
error_reporting(E_ALL & ~E_DEPRECATED);   // the 8.0 oracle's dynamic-property deprecation is not under test
require __DIR__ . '/cases.inc';
[, $mode, $set, $prefix, $host, $port] = $argv;
$m = new Memcache;
if (!$m->connect($host, (int)$port)) { echo "peer: cannot connect to $host:$port\n"; exit(1); }
echo $mode === 'write' ? interop_write($m, $set, $prefix) : interop_read($m, $set, $prefix);
echo "peer: ", phpversion('memcache') === false ? 'no memcache' : 'done', "\n";
