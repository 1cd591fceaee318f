--TEST--
remember(): an exception from $compute reaches the caller unchanged and the lease is released, so the next caller computes at once; false is stored like any value (issue 14; suite's protocol)
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc';
if (!function_exists('pcntl_fork')) die('skip pcntl not available'); ?>
--INI--
; the lease lives 20 s: "at once" below means long before it would have expired
memcache.lock_timeout=20
--FILE--
<?php
require __DIR__ . '/stampede.inc';
$key = 'remember_throw_' . $protocol . '_' . getmypid();
$m = test_memcache();
$m->delete($key);
$m->delete($key . '.lease');

// One caller: the very exception object comes out.
$thrown = new DomainException('no value', 42);
try {
    $m->remember($key, function () use ($thrown) { throw $thrown; }, 60);
    echo "no exception\n";
} catch (DomainException $e) {
    echo "caught the same object: ", var_export($e === $thrown, true), "\n";
}
$t0 = microtime(true);
var_dump($m->remember($key, fn() => false, 60));
echo "next caller computed at once: ", var_export(microtime(true) - $t0 < 10, true), "\n";
// false was stored: no computation now.
var_dump($m->remember($key, function () { echo "not called\n"; return 1; }, 60));
$m->delete($key);

// Ten callers: the winner throws after 300 ms; one of the others takes over at once and the rest get its value.
compute_reset();
$reports = stampede(10, function () use ($key) {
    $m = test_memcache();
    return $m->remember($key, function () {
        compute_mark();
        if (compute_count() === 1) {
            usleep(300000);
            throw new RuntimeException('first compute fails');
        }
        usleep(100000);
        return 'second compute';
    }, 60);
});
echo "computed: ", compute_count(), "\n";
print_r(tally($reports));
echo "nobody waited for the lease to expire: ", var_export(max(array_column($reports, 'elapsed')) < 10, true), "\n";
$m->delete($key);
?>
--EXPECT--
caught the same object: true
bool(false)
next caller computed at once: true
bool(false)
computed: 2
Array
(
    ['second compute'] => 9
    [exception RuntimeException: first compute fails] => 1
)
nobody waited for the lease to expire: true
