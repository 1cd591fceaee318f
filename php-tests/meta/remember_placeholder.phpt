--TEST--
remember() under meta: while a missing key is computed, memcached holds its empty placeholder under the key, which a plain get() (from any client) reads as an empty string, and remember() callers wait for (the README's caveat; issue 14)
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
memcache.protocol=meta
--FILE--
<?php
require __DIR__ . '/../config.inc';
$key = 'meta_placeholder_' . getmypid();
$m = test_memcache();
$m->delete($key);
var_dump($m->remember($key, function ($k) use ($m) {
    $other = new Memcache;                 // another connection, as another process would use
    $other->connect($GLOBALS['host'], $GLOBALS['port']);
    return ['inside' => $other->get($k), 'flags' => (function () use ($other, $k) { $other->get($k, $f); return $f; })()];
}, 60));
var_dump($m->get($key));
$m->delete($key);
?>
--EXPECT--
array(2) {
  ["inside"]=>
  string(0) ""
  ["flags"]=>
  int(0)
}
array(2) {
  ["inside"]=>
  string(0) ""
  ["flags"]=>
  int(0)
}
