--TEST--
remember(): 50 workers released together on a cold key with a 300 ms compute: it runs once and all 50 get its value (issue 14; runs under the suite's protocol)
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc';
if (!function_exists('pcntl_fork')) die('skip pcntl not available'); ?>
--INI--
; generous: a waiter computes itself only after lock_timeout, which must not happen here even on a loaded machine
memcache.lock_timeout=30
--FILE--
<?php
require __DIR__ . '/stampede.inc';
$key = 'remember_cold_' . $protocol . '_' . getmypid();
$m = test_memcache();
$m->delete($key);
$m->delete($key . '.lease');
compute_reset();
$reports = stampede(50, function () use ($key) {
    $m = test_memcache();
    return $m->remember($key, function ($k) {
        compute_mark();
        usleep(300000);
        return ['by' => getmypid(), 'key' => $k];
    }, 60);
});
echo "computed: ", compute_count(), "\n";
$values = array_values(array_unique(array_map(fn($r) => serialize($r['value'] ?? null), $reports)));
echo "reports: ", count($reports), ", distinct values: ", count($values), "\n";
$v = unserialize($values[0]);
echo "computed for the key as given: ", var_export(($v['key'] ?? null) === $key, true), "\n";
echo "by one of the workers: ", var_export(in_array($v['by'] ?? 0, array_column($reports, 'pid'), true), true), "\n";
echo "stored: ", var_export($m->get($key) === $v, true), "\n";
$m->delete($key);
?>
--EXPECT--
computed: 1
reports: 50, distinct values: 1
computed for the key as given: true
by one of the workers: true
stored: true
