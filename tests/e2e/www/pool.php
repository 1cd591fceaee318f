<?php
// A pool of both daemons (addServer twice; persistent by default): 20 keys are set and read back with one
// multi-key get, and each daemon, asked alone, must hold exactly the keys findServer() puts on it, with both
// daemons used.
require __DIR__ . '/common.inc';

$i = (int)($_GET['i'] ?? 0);
$pool = new Memcache();
if (!$pool->addServer(HOST, PORT1) || !$pool->addServer(HOST, PORT2)) {
    page_fail('pool', 'addServer failed');
}
$items = [];
for ($j = 0; $j < 20; $j++) {
    $items["e2e_pool_{$i}_$j"] = "value $i $j";
}
foreach ($items as $key => $value) {
    if (!$pool->set($key, $value)) {
        page_fail('pool', "set $key failed");
    }
}
$got = $pool->get(array_keys($items));
if (!is_array($got)) {
    page_fail('pool', 'multi-key get failed');
}
ksort($got);
$want = $items;
ksort($want);
if ($got !== $want) {
    page_fail('pool', 'multi-key get returned ' . count($got) . ' of ' . count($want) . ' values, or wrong ones');
}

$held = [];
foreach ([PORT1, PORT2] as $port) {
    $one = new Memcache();
    $one->addServer(HOST, $port);
    $held[$port] = $one->get(array_keys($items));
}
foreach ($items as $key => $value) {
    $where = $pool->findServer($key);
    $expected_port = (int)substr($where, strrpos($where, ':') + 1);
    foreach ([PORT1, PORT2] as $port) {
        if (isset($held[$port][$key]) !== ($port === $expected_port)) {
            page_fail('pool', "$key is not only on $where");
        }
    }
}
if (count($held[PORT1]) === 0 || count($held[PORT2]) === 0) {
    page_fail('pool', 'all keys on one daemon');
}
page_ok('pool', "i=$i");
