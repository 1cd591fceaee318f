--TEST--
get(array) of values of every kind: the result, $flags and $cas keep the server's order; a value that fails to decode is left out of all three
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=ascii
--FILE--
<?php
// E_DEPRECATED is masked (--INI--) only because the 8.0 oracle emits "Creation of dynamic property
// Memcache::$connection is deprecated" on PHP 8.2; 8.2 (spec §1) must not emit it at all.
// Plain strings and scalars are made while the reply is read; serialized, compressed and broken
// values are decoded after it: the order of the arrays must not show the difference.
require __DIR__ . '/../config.inc';
require __DIR__ . '/raw.inc';
$m = test_memcache();
$p = 'values_multiget_mixed_';
$m->set($p . 'str', 'plain');
$m->set($p . 'arr', ['a' => 1]);
$m->set($p . 'int', 42);
$m->set($p . 'big', str_repeat('compress me ', 3000));   // over the 20000-byte threshold
var_dump(raw_set($p . 'broken', 2, 'not zlib'));
$m->set($p . 'float', 1.5);
$m->set($p . 'obj', new ArrayObject([1, 2]));
$m->set($p . 'true', true);
$m->set('12345', 'numeric key');
$keys = [$p . 'str', $p . 'arr', $p . 'int', $p . 'big', $p . 'broken', $p . 'float', $p . 'missing', $p . 'obj', $p . 'true', '12345'];
$r = $m->get($keys, $flags, $cas);
foreach ($r as $k => $v) {
    echo str_replace($p, '', (string)$k), ': ', get_debug_type($v), ' ', is_string($v) ? strlen($v) : json_encode($v), "\n";
}
echo json_encode(array_map(fn($k) => str_replace($p, '', (string)$k), array_keys($flags))), "\n";
echo json_encode(array_values($flags)), "\n";
echo json_encode(array_keys($r) === array_keys($cas)), ' ', count(array_filter($cas, fn($c) => is_int($c) && $c > 0)), "\n";
// The same keys again, the result array reused by PHP: no stale entries.
$r2 = $m->get($keys);
echo json_encode(array_keys($r2) === array_keys($r)), "\n";
foreach ($keys as $k) $m->delete($k);
?>
--EXPECTF--
string(6) "STORED"

Notice: MemcachePool::get(): Failed to uncompress data in %s on line %d
str: string 5
arr: array {"a":1}
int: int 42
big: string 36000
float: float 1.5
obj: ArrayObject {"0":1,"1":2}
true: bool true
12345: string 11
["str","arr","int","big","float","obj","true","12345"]
[0,1,768,2,1792,1,256,0]
true 8

Notice: MemcachePool::get(): Failed to uncompress data in %s on line %d
true
