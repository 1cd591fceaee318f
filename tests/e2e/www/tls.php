<?php
// A persistent TLS connection (tls://, memcached -Z, verified against memcache.tls_ca_file): set, get, increment.
require __DIR__ . '/common.inc';

$i = (int)($_GET['i'] ?? 0);
$m = new Memcache();
if (!$m->pconnect('tls://' . HOST, TLS_PORT)) {
    page_fail('tls', 'pconnect to tls://' . HOST . ':' . TLS_PORT . ' failed');
}
$value = ['i' => $i, 'text' => str_repeat('t', 1000 + $i)];
$key = "e2e_tls_$i";
if (!$m->set($key, $value) || $m->get($key) !== $value) {
    page_fail('tls', "set/get $key failed");
}
if (!$m->set("$key.n", 10) || $m->increment("$key.n", $i) !== 10 + $i) {
    page_fail('tls', "increment $key.n failed");
}
page_ok('tls', "i=$i");
