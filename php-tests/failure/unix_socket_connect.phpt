--TEST--
connect('unix://<path>', 0): set/get over a unix socket; findServer() prints "unix://<path>:0" (§4.1, §4.5)
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--SKIPIF--
<?php
if (!extension_loaded('memcache')) die('skip memcache extension not loaded');
require __DIR__ . '/../config.inc';
$fp = @stream_socket_client('unix://' . $sock, $errno, $errstr, 1);
if (!$fp) die("skip memcached not reachable on unix://$sock");
fclose($fp);
?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
$k = 'failure_unix_socket_connect_' . getmypid();
$m = new Memcache;
var_dump($m->connect('unix://' . $sock, 0));
var_dump($m->set($k, 'over unix'));
var_dump($m->get($k));
$where = $m->findServer($k);
var_dump($where === 'unix://' . $sock . ':0');
echo str_replace($sock, '<sock>', $where), "\n";
echo str_replace($sock, '<sock>', json_encode(array_keys($m->getExtendedStats()), JSON_UNESCAPED_SLASHES)), "\n";
var_dump($m->getServerStatus('unix://' . $sock, 0));
// the same item through a second, lazily added unix-socket server, and the procedural form
$p = new MemcachePool;
var_dump($p->addServer('unix://' . $sock, 0, 0, false));
var_dump($p->get($k));
$m2 = memcache_connect('unix://' . $sock, 0);
var_dump(memcache_get($m2, $k));
var_dump($m->delete($k));
?>
--EXPECT--
bool(true)
bool(true)
string(9) "over unix"
bool(true)
unix://<sock>:0
["unix://<sock>:0"]
int(1)
bool(true)
string(9) "over unix"
string(9) "over unix"
bool(true)
