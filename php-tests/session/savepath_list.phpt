--TEST--
session save path: a list separated by commas and/or whitespace, with empty entries skipped
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc';
if (!file_exists($sock)) die("skip no memcached on unix socket $sock"); ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
session.save_handler=memcache
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
// Spec §8.1. With two servers and the default memcache.session_redundancy (2) the session is written to
// both, which shows that both list entries became servers.
ob_start();
require __DIR__ . '/../config.inc';
require __DIR__ . '/session.inc';
$a = "$host:$port";
$b = "$host:$port2";
$paths = [
    'comma'           => ["tcp://$a,tcp://$b", [$a, $b]],
    'comma-space'     => ["tcp://$a, tcp://$b", [$a, $b]],
    'spaces'          => ["$a   $b", [$a, $b]],
    'tab-newline'     => ["\t$a\n$b\r\n", [$a, $b]],
    'empty-entries'   => [",, ,$a,,\t, $b ,", [$a, $b]],
    'single-in-empty' => [",  unix://$sock:0?weight=1, ", [$sock]],
];
foreach ($paths as $name => [$path, $servers]) {
    $id = "sess-list-$name";
    session_raw_cleanup([$a, $b, $sock], $id);
    ini_set('session.save_path', $path);
    session_id($id);
    $start = session_start();
    $_SESSION['list'] = $name;
    $write = session_write_close();
    echo "$name: start=", var_export($start, true), " write=", var_export($write, true);
    foreach ([$a, $b, $sock] as $i => $s) echo " s$i=", session_raw_show($s, $id) === 'MISS' ? 'miss' : 'hit';
    echo "\n";
    session_raw_cleanup([$a, $b, $sock], $id);
}
?>
--EXPECT--
comma: start=true write=true s0=hit s1=hit s2=miss
comma-space: start=true write=true s0=hit s1=hit s2=miss
spaces: start=true write=true s0=hit s1=hit s2=miss
tab-newline: start=true write=true s0=hit s1=hit s2=miss
empty-entries: start=true write=true s0=hit s1=hit s2=miss
single-in-empty: start=true write=true s0=miss s1=miss s2=hit
