--TEST--
Issue 15 item 6: a key that throws in the middle of a multi-key call is an invalid key; the other keys are still used
--DESCRIPTION--
The reference converts each key of an array as PHP's convert_to_string() does: an object without
__toString() throws an Error and gives an empty string, which is warned about as "Invalid key"; the call goes
on with the remaining keys (deletes or gets them) and the Error surfaces when it returns. An array element
gives PHP's "Array to string conversion" warning and the key "Array". Expected output recorded from
pecl/memcache 8.2 (PHP 8.4).
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = test_pool();
$m->delete('Array');
$m->set('i15_6_a', 1);
$m->set('i15_6_b', 1);
try {
    var_dump($m->delete(['i15_6_a', new stdClass, 'i15_6_b']));
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($m->get('i15_6_a'), $m->get('i15_6_b'));
$m->set('i15_6_a', 'A');
$m->set('i15_6_b', 'B');
try {
    var_dump($m->get(['i15_6_a', new stdClass, [1], 'i15_6_b']));
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo "-- increment\n";
$m->set('i15_6_a', 1);
$m->set('i15_6_b', 5);
try {
    var_dump($m->increment(['i15_6_a', new stdClass, 'i15_6_b'], 2));
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($m->get('i15_6_a'), $m->get('i15_6_b'));
echo "-- a single key that throws\n";
try {
    var_dump($m->delete(new stdClass));
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECTF--
Warning: MemcachePool::delete(): Invalid key in %s on line %d
Error: Object of class stdClass could not be converted to string
bool(false)
bool(false)

Warning: MemcachePool::get(): Invalid key in %s on line %d

Warning: Array to string conversion in %s on line %d
Error: Object of class stdClass could not be converted to string
-- increment

Warning: MemcachePool::increment(): Invalid key in %s on line %d
Error: Object of class stdClass could not be converted to string
int(3)
int(7)
-- a single key that throws

Warning: MemcachePool::delete(): Invalid key in %s on line %d
Error: Object of class stdClass could not be converted to string
