--TEST--
TLS: values up to 1 MB, alone and in multi-key sets and gets over one and two servers
--DESCRIPTION--
Requests larger than the TLS layer's buffer (ciphertext waits for the socket), and pipelines of sets: memcached
(1.6.18, 1.6.38) reads a value straight into its item and then waits for the socket, so a request that came in
the same TLS record after a value would wait there until the timeout; each request with a value must end its
TLS records. A set of a large then a small value is the smallest case.
--SKIPIF--
<?php require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/tls.inc';
$a = tls_memcached();
$b = tls_memcached();
ini_set('memcache.tls_ca_file', tls_certs() . '/ca.pem');
mt_srand(13);
$big = [];
foreach ([1000000, 999999, 700001, 65536, 16384, 16385, 1] as $i => $n) {
    $s = '';
    while (strlen($s) < $n) $s .= md5((string)mt_rand(), true);
    $big["lv_$i"] = substr($s, 0, $n);
}
$m = new Memcache;
var_dump($m->connect('tls://127.0.0.1', $a['port']));
$m->setCompressThreshold(0);
$ok = 0;
foreach ($big as $k => $v) if ($m->set($k, $v) && $m->get($k) === $v) $ok++;
echo "one server: $ok of ", count($big), "\n";

$p = new MemcachePool;
$p->addServer('tls://127.0.0.1', $a['port']);
$p->addServer('tls://localhost', $b['port']);
$p->setCompressThreshold(0);
var_dump($p->set(array_map(fn($v) => strrev($v), $big)));
$got = $p->get(array_keys($big));
$ok = 0;
foreach ($big as $k => $v) if (($got[$k] ?? null) === strrev($v)) $ok++;
echo "two servers: $ok of ", count($big), "\n";
$m2 = new MemcachePool;
$m2->addServer('tls://127.0.0.1', $a['port']);
$m2->setCompressThreshold(0);
var_dump($m2->set(['lv_big' => str_repeat('b', 20000), 'lv_small' => 's', 'lv_mid' => str_repeat('m', 17000), 'lv_one' => '1']));
var_dump($m2->get(['lv_small', 'lv_one']));
// Each key is on the server findServer() names (read over the plaintext listeners). Which server that is
// depends on the daemons' ports, chosen at run time, so the split varies from run to run.
$plain = [new Memcache, new Memcache];
$plain[0]->connect('127.0.0.1', $a['plain']);
$plain[1]->connect('127.0.0.1', $b['plain']);
$on = ["tls://127.0.0.1:{$a['port']}" => [], "tls://localhost:{$b['port']}" => []];
foreach (array_keys($big) as $k) $on[$p->findServer($k)][] = $k;
$held = array_map(fn($c, $keys) => $keys ? count($c->get($keys)) : 0, $plain, array_values($on));
echo "on the servers findServer() names: ",
    ($held === array_map('count', array_values($on)) && array_sum($held) === count($big)) ? 'yes' : json_encode([$on, $held]), "\n";
?>
--EXPECT--
bool(true)
one server: 7 of 7
bool(true)
two servers: 7 of 7
bool(true)
array(2) {
  ["lv_small"]=>
  string(1) "s"
  ["lv_one"]=>
  string(1) "1"
}
on the servers findServer() names: yes
