<?php
// Persistent connections, one per daemon: Memcache::pconnect() and memcache_pconnect(), set/get/increment.
require __DIR__ . '/common.inc';

$i = (int)($_GET['i'] ?? 0);
$m = new Memcache();
if (!$m->pconnect(HOST, PORT1)) {
    page_fail('pconnect', 'Memcache::pconnect failed');
}
$m2 = memcache_pconnect(HOST, PORT2);
if ($m2 === false) {
    page_fail('pconnect', 'memcache_pconnect failed');
}
$value = ['i' => $i, 'text' => str_repeat('x', $i)];
foreach ([$m, $m2] as $n => $conn) {
    $key = "e2e_pconnect_{$i}_$n";
    if (!$conn->set($key, $value)) {
        page_fail('pconnect', "set $key failed");
    }
    if ($conn->get($key) !== $value) {
        page_fail('pconnect', "get $key returned something else");
    }
    if (!$conn->set("$key.n", 10) || $conn->increment("$key.n", $i) !== 10 + $i) {
        page_fail('pconnect', "increment $key.n failed");
    }
}
page_ok('pconnect', "i=$i");
