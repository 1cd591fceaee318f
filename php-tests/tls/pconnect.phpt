--TEST--
TLS: pconnect() keeps one TLS connection (total_connections flat over 200 pconnect()s); a restarted daemon gets one silent reconnect; a forked child opens its own
--SKIPIF--
<?php require __DIR__ . '/skipif.inc'; if (!function_exists('pcntl_fork')) die('skip pcntl'); ?>
--FILE--
<?php
require __DIR__ . '/tls.inc';
$mc = tls_memcached();
$port = $mc['port'];
ini_set('memcache.tls_ca_file', tls_certs() . '/ca.pem');
ob_start(fn($o) => str_replace("tcp $port,", 'tcp PORT,', $o));

$before = total_connections($mc);
$bad = 0;
for ($i = 0; $i < 200; $i++) {
    $m = new Memcache;
    if (!$m->pconnect('tls://127.0.0.1', $port) || !$m->set('pc', "v$i") || $m->get('pc') !== "v$i") $bad++;
}
echo "failures: $bad\n";
// the TLS connection, and the stats look-up itself
echo "total_connections growth over 200 pconnect()s: ", total_connections($mc) - $before, "\n";

echo "-- restart the daemon on the same port: one silent reconnect\n";
memcached_stop($mc);
$plain = $mc['plain'];
for ($i = 0; $i < 50; $i++) {
    // same ports, same certificates
    $mc2 = null;
    $cmd = [memcached_binary(), '-Z', '-o', 'ssl_chain_cert=' . tls_certs() . '/server.pem,ssl_key=' . tls_certs() . '/server.key',
        '-l', "127.0.0.1:$port", '-l', "notls:127.0.0.1:$plain", '-U', '0', '-t', '1'];
    if (trim((string)shell_exec('id -u')) === '0') array_push($cmd, '-u', 'root');
    $proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['file', '/dev/null', 'w'], 2 => ['file', '/dev/null', 'w']], $pipes);
    kill_at_shutdown($proc);
    $deadline = microtime(true) + 2;
    while (microtime(true) < $deadline && proc_get_status($proc)['running'] && !isset(raw_stats($plain)['pid'])) usleep(10000);
    if (isset(raw_stats($plain)['pid'])) break;
    kill_proc($proc);
    usleep(100000);
}
$mc = ['proc' => $proc, 'port' => $port, 'plain' => $plain];
$m = new Memcache;
var_dump($m->pconnect('tls://127.0.0.1', $port), $m->get('pc'), $m->set('pc', 'after'), $m->get('pc'));
$p = new MemcachePool;
$p->addServer('tls://127.0.0.1', $port);
var_dump($p->get('pc'));

echo "-- fork\n";
ob_flush();   // or the child would print the buffered output again when it exits
$before = total_connections($mc);
[$to_child, $to_parent] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
$pid = pcntl_fork();
if ($pid === 0) {
    fclose($to_child);
    $bad = 0;
    for ($i = 0; $i < 100; $i++) {
        $c = new Memcache;
        if (!$c->pconnect('tls://127.0.0.1', $port) || !$c->set('child', "c$i") || $c->get('child') !== "c$i") $bad++;
    }
    fwrite($to_parent, "child failures: $bad, its connections: " . (total_connections($mc) - $before) . "\n");
    exit(0);
}
fclose($to_parent);
echo fgets($to_child);
pcntl_waitpid($pid, $status);
$bad = 0;
for ($i = 0; $i < 100; $i++) {
    if (!$m->set('parent', "p$i") || $m->get('parent') !== "p$i") $bad++;
}
echo "parent failures after the child exited: $bad\n";
?>
--EXPECT--
failures: 0
total_connections growth over 200 pconnect()s: 2
-- restart the daemon on the same port: one silent reconnect
bool(true)
bool(false)
bool(true)
string(5) "after"
string(5) "after"
-- fork
child failures: 0, its connections: 2
parent failures after the child exited: 0
