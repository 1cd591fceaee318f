<?php
// Warm-up: connects persistently to both daemons, then waits until ?n= requests of the same ?round= are in
// progress at once (a counter in memcached used as a barrier). With n = the number of php-fpm workers, every
// worker serves exactly one of them, so afterwards each worker holds its persistent connections.
require __DIR__ . '/common.inc';

$m1 = new Memcache();
$m2 = new Memcache();
if (!$m1->pconnect(HOST, PORT1) || !$m2->pconnect(HOST, PORT2)) {
    page_fail('warm', 'pconnect failed');
}
if ($m2->getVersion() === false) {
    page_fail('warm', 'getVersion failed on the second daemon');
}
if (TLS_PORT) {
    $m3 = new Memcache();
    if (!$m3->pconnect('tls://' . HOST, TLS_PORT) || $m3->getVersion() === false) {
        page_fail('warm', 'pconnect over TLS failed');
    }
}
$key = 'e2e_barrier_' . ($_GET['round'] ?? '');
$m1->add($key, 0);
if ($m1->increment($key) === false) {
    page_fail('warm', 'increment failed');
}
$deadline = microtime(true) + 5;
while ((int)$m1->get($key) < (int)($_GET['n'] ?? 1)) {
    if (microtime(true) > $deadline) {
        page_fail('warm', 'the other requests did not arrive within 5 s');
    }
    usleep(5000);
}
page_ok('warm');
