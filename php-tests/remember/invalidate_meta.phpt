--TEST--
invalidate() under meta marks items stale (md I): readers keep the old value while one remember() caller recomputes; false for a key that was not there (issue 14)
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc';
if (!function_exists('pcntl_fork')) die('skip pcntl not available'); ?>
--INI--
memcache.protocol=meta
memcache.lock_timeout=30
--FILE--
<?php
require __DIR__ . '/stampede.inc';
$key = 'remember_inval_' . getmypid();
$m = test_memcache();
$m->delete($key);
$m->delete($key . '_missing');
var_dump($m->remember($key, fn() => 'old', 60));
var_dump($m->invalidate($key . '_missing'));
var_dump(memcache_invalidate($m, [$key, $key . '_missing']));
var_dump($m->invalidate([$key]));
// Still readable. memcached hands the recompute to the first mg of a stale item, whoever sends it: a plain
// get() gives it back at once, so that it stays with the remember() callers.
var_dump($m->get($key));
var_dump($m->get([$key]));
compute_reset();
$reports = stampede(20, function () use ($key) {
    $m = test_memcache();
    return $m->remember($key, function () {
        compute_mark();
        usleep(1000000);
        return 'new';
    }, 60);
});
echo "computed: ", compute_count(), "\n";
print_r(tally($reports));
$fast = count(array_filter($reports, fn($r) => ($r['value'] ?? null) === 'old' && $r['elapsed'] < 1.0));
echo "old values served without waiting: $fast\n";
var_dump($m->get($key));
// After the recompute the item is fresh again: no computation.
var_dump($m->remember($key, fn() => 'not called', 60));
$m->delete($key);
?>
--EXPECTF--
string(3) "old"
bool(false)
bool(false)
bool(true)
string(3) "old"
array(1) {
  ["remember_inval_%d"]=>
  string(3) "old"
}
computed: 1
Array
(
    ['new'] => 1
    ['old'] => 19
)
old values served without waiting: 19
string(3) "new"
string(3) "new"
