--TEST--
remember(): a stuck winner never makes others fail: a waiter whose value has not appeared after memcache.lock_timeout computes it itself and returns its own result (issue 14; suite's protocol)
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc';
if (!function_exists('pcntl_fork')) die('skip pcntl not available'); ?>
--INI--
; the lease expires after lock_timeout by memcached's clock, which counts whole seconds: between 1 and 2 s
memcache.lock_timeout=2
--FILE--
<?php
require __DIR__ . '/stampede.inc';
$key = 'remember_stuck_' . $protocol . '_' . getmypid();
$m = test_memcache();
$m->delete($key);
$m->delete($key . '.lease');
compute_reset();
$reports = stampede(2, function ($i) use ($key) {
    $m = test_memcache();
    if ($i === 0) {
        // The winner: stuck for 6 s.
        return $m->remember($key, function () { compute_mark(); sleep(6); return 'stuck'; }, 60);
    }
    // The other caller comes once the winner holds the lease.
    while (compute_count() === 0) usleep(10000);
    $t = microtime(true);
    $v = $m->remember($key, function () { compute_mark(); return 'mine'; }, 60);
    $waited = microtime(true) - $t;
    return [$v, $waited >= 0.9 ? 'waited about lock_timeout' : "waited only $waited s", $waited < 4.5 ? 'not for the winner' : "waited $waited s"];
});
print_r(array_column($reports, 'value'));
echo "computed: ", compute_count(), "\n";
$m->delete($key);
?>
--EXPECT--
Array
(
    [0] => stuck
    [1] => Array
        (
            [0] => mine
            [1] => waited about lock_timeout
            [2] => not for the winner
        )

)
computed: 2
