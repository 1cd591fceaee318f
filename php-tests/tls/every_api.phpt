--TEST--
TLS: a tls:// host works with connect, pconnect, addServer and the memcache_* functions; stats keys name tls://HOST:PORT
--DESCRIPTION--
The server certificate has the SANs localhost and 127.0.0.1; the client trusts its CA through memcache.tls_ca_file
(set at run time, PHP_INI_ALL). Both host forms verify (the IP against the IP SAN). Runs under either protocol.
--SKIPIF--
<?php require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/tls.inc';
$mc = tls_memcached();
$p = $mc['port'];
var_dump(ini_set('memcache.tls_ca_file', tls_certs() . '/ca.pem') !== false);
ob_start(fn($o) => str_replace((string)$p, 'PORT', $o));

$m = new Memcache;
var_dump($m->connect('tls://127.0.0.1', $p));
var_dump($m->set('tls_a', 'over tls'), $m->get('tls_a'));
var_dump($m->set('tls_arr', ['x' => 1.5, 'y' => [true, null]]), $m->get('tls_arr'));
var_dump($m->set('tls_n', 41), $m->increment('tls_n'), $m->get(['tls_a', 'tls_n', 'nope']));
var_dump(array_keys($m->getExtendedStats()));

$m = new Memcache;
var_dump($m->pconnect('tls://localhost', $p), $m->get('tls_a'));

$m = new Memcache;
var_dump($m->addServer('tls://127.0.0.1', $p), $m->addServer('tls://localhost', $p, false));
var_dump($m->set('tls_b', str_repeat('b', 300000)), strlen($m->get('tls_b')));
var_dump(array_keys($m->getExtendedStats()));

$m = memcache_connect('tls://127.0.0.1', $p);
var_dump(memcache_get($m, 'tls_a'));
$m = memcache_pconnect('tls://localhost', $p);
var_dump(memcache_get($m, 'tls_a'));
$m = new Memcache;
var_dump(memcache_add_server($m, 'tls://127.0.0.1', $p), memcache_get($m, 'tls_a'));

$pool = new MemcachePool;
var_dump($pool->connect('tls://127.0.0.1', $p), $pool->get('tls_a'));
var_dump($pool->addServer('tls://localhost', $p), $pool->get('tls_a'));
// The plaintext listener of the same daemon sees the same data.
$plain = new Memcache;
var_dump($plain->connect('127.0.0.1', $mc['plain']), $plain->get('tls_a'));
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
string(8) "over tls"
bool(true)
array(2) {
  ["x"]=>
  float(1.5)
  ["y"]=>
  array(2) {
    [0]=>
    bool(true)
    [1]=>
    NULL
  }
}
bool(true)
int(42)
array(2) {
  ["tls_a"]=>
  string(8) "over tls"
  ["tls_n"]=>
  int(42)
}
array(1) {
  [0]=>
  string(%d) "tls://127.0.0.1:PORT"
}
bool(true)
string(8) "over tls"
bool(true)
bool(true)
bool(true)
int(300000)
array(2) {
  [0]=>
  string(%d) "tls://127.0.0.1:PORT"
  [1]=>
  string(%d) "tls://localhost:PORT"
}
string(8) "over tls"
string(8) "over tls"
bool(true)
string(8) "over tls"
bool(true)
string(8) "over tls"
bool(true)
string(8) "over tls"
bool(true)
string(8) "over tls"
