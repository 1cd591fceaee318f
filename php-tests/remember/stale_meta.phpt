--TEST--
remember() under meta, stale-while-revalidate: in the $stale seconds after $ttl, one caller recomputes while the 49 others get the stale value at once (mg R flag; issue 14)
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc';
if (!function_exists('pcntl_fork')) die('skip pcntl not available'); ?>
--INI--
memcache.protocol=meta
memcache.lock_timeout=30
--FILE--
<?php
require __DIR__ . '/stampede.inc';
$key = 'remember_stale_' . getmypid();
$m = test_memcache();
$m->delete($key);
compute_reset();
// Stored for 1 + 60 seconds; after 3 s less than 60 are left: the stale window.
var_dump($m->remember($key, fn() => 'old', 1, 60));
var_dump($m->remember($key, fn() => 'not called', 1, 60));
sleep(3);
$reports = stampede(50, function () use ($key) {
    $m = test_memcache();
    return $m->remember($key, function () {
        compute_mark();
        usleep(1000000);
        return 'new';
    }, 1, 60);
});
echo "computed: ", compute_count(), "\n";
print_r(tally($reports));
$fast = count(array_filter($reports, fn($r) => ($r['value'] ?? null) === 'old' && $r['elapsed'] < 1.0));
echo "stale answers that did not wait for the 1 s recompute: $fast\n";
var_dump($m->get($key));
$m->delete($key);
?>
--EXPECT--
string(3) "old"
string(3) "old"
computed: 1
Array
(
    ['new'] => 1
    ['old'] => 49
)
stale answers that did not wait for the 1 s recompute: 49
string(3) "new"
