--TEST--
TLS: SASL PLAIN over TLS (binary protocol): right credentials work, wrong ones fail the server
--SKIPIF--
<?php require __DIR__ . '/skipif.inc';
if (trim((string)shell_exec('command -v saslpasswd2 2>/dev/null')) === '') die('skip saslpasswd2 (sasl2-bin) not installed'); ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=binary
--FILE--
<?php
require __DIR__ . '/tls.inc';
$dir = sys_get_temp_dir() . '/php_memcache_tls_sasl_' . getmypid();
@mkdir($dir);
register_shutdown_function(function () use ($dir) { array_map('unlink', glob("$dir/*")); @rmdir($dir); });
file_put_contents("$dir/memcached.conf", "mech_list: plain\nsasldb_path: $dir/sasldb2\n");
$pw = proc_open(['saslpasswd2', '-a', 'memcached', '-c', '-p', '-f', "$dir/sasldb2", 'testuser'],
    [0 => ['pipe', 'r'], 1 => ['file', '/dev/null', 'w'], 2 => ['file', '/dev/null', 'w']], $pipes);
fwrite($pipes[0], 'secretpw');
fclose($pipes[0]);
proc_close($pw);
$mc = tls_memcached(['args' => ['-S'], 'env' => ['SASL_CONF_PATH' => $dir]]);
ini_set('memcache.tls_ca_file', tls_certs() . '/ca.pem');
ob_start(fn($o) => str_replace("tcp {$mc['port']},", 'tcp PORT,', $o));
foreach (['right' => 'secretpw', 'wrong' => 'wrongpw'] as $case => $password) {
    echo "-- $case\n";
    $m = new MemcachePool;
    $m->setSaslAuthData('testuser', $password);
    $m->addServer('tls://127.0.0.1', $mc['port'], 0, false);
    var_dump($m->set('sasl_k', "v-$case"), $m->get('sasl_k'));
}
?>
--EXPECTF--
-- right
bool(true)
string(7) "v-right"
-- wrong

Notice: MemcachePool::set(): Server tls://127.0.0.1 (tcp PORT, udp 0) failed with: Auth failure. (0) in %s on line %d
bool(false)
bool(false)
