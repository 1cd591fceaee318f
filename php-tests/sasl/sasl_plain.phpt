--TEST--
SASL PLAIN (binary protocol): right credentials work, wrong ones or none fail with a notice and false (§4.15, §7.5)
--DESCRIPTION--
The test makes its own SASL database (saslpasswd2) and starts its own memcached with -S. Credentials set with
setSaslAuthData() before addServer() are sent on every new connection to that server. A rejected
authentication is a server failure: "Auth failure. (0)", as the C extension reports it.
--SKIPIF--
<?php
if (!extension_loaded('memcache')) die('skip memcache extension not loaded');
if (trim((string)shell_exec('command -v saslpasswd2 2>/dev/null')) === '') die('skip saslpasswd2 (sasl2-bin) not installed');
if (trim((string)shell_exec('command -v memcached 2>/dev/null')) === '') die('skip memcached not installed');
?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=binary
--FILE--
<?php
require __DIR__ . '/../persistent/procs.inc';
$dir = sys_get_temp_dir() . '/php_memcache_sasl_' . getmypid();
@mkdir($dir);
file_put_contents("$dir/memcached.conf", "mech_list: plain\nsasldb_path: $dir/sasldb2\n");
$pw = proc_open(['saslpasswd2', '-a', 'memcached', '-c', '-p', '-f', "$dir/sasldb2", 'testuser'],
    [0 => ['pipe', 'r'], 1 => ['file', '/dev/null', 'w'], 2 => ['file', '/dev/null', 'w']], $pipes);
fwrite($pipes[0], 'secretpw');
fclose($pipes[0]);
proc_close($pw);
$port = free_port();
$cmd = [memcached_binary(), '-S', '-l', '127.0.0.1', '-p', (string)$port, '-U', '0', '-t', '1'];
if (trim((string)shell_exec('id -u')) === '0') array_push($cmd, '-u', 'root');
$proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['file', '/dev/null', 'w'], 2 => ['file', '/dev/null', 'w']],
    $pipes, null, ['SASL_CONF_PATH' => $dir]);
kill_at_shutdown($proc);
register_shutdown_function(function () use ($dir) { array_map('unlink', glob("$dir/*")); @rmdir($dir); });
wait_listening($port, $proc) or die("memcached -S did not start\n");
ob_start(function ($out) use ($port) { return str_replace("tcp $port,", 'tcp PORT,', $out); });

foreach (['right' => ['testuser', 'secretpw'], 'wrong' => ['testuser', 'wrongpw'], 'none' => null] as $case => $cred) {
    echo "-- $case\n";
    $m = new MemcachePool;
    if ($cred) var_dump($m->setSaslAuthData($cred[0], $cred[1]));
    $m->addServer('127.0.0.1', $port, 0, false);
    var_dump($m->set('sasl_k', "v-$case"), $m->get('sasl_k'));
}
// (memcached refuses the unauthenticated get with an error status, which a binary get reads as a miss)
echo "-- credentials set after addServer() do not apply to that server\n";
$m = new MemcachePool;
$m->addServer('127.0.0.1', $port, 0, false);
$m->setSaslAuthData('testuser', 'secretpw');
var_dump($m->get('sasl_k'));
?>
--EXPECTF--
-- right
bool(true)
bool(true)
string(7) "v-right"
-- wrong
bool(true)

Notice: MemcachePool::set(): Server 127.0.0.1 (tcp PORT, udp 0) failed with: Auth failure. (0) in %s on line %d
bool(false)
bool(false)
-- none

Notice: MemcachePool::set(): Server 127.0.0.1 (tcp PORT, udp 0) failed with: Auth failure. (0) in %s on line %d
bool(false)
bool(false)
-- credentials set after addServer() do not apply to that server
bool(false)
