--TEST--
set() with an array: integer keys become unsigned decimal strings (-1 -> 18446744073709551615)
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
// E_DEPRECATED is masked (--INI--) only because the 8.0 oracle emits "Creation of dynamic property
// Memcache::$connection is deprecated" on PHP 8.2; 8.2 (spec §1) must not emit it at all.
require __DIR__ . '/../config.inc';
require __DIR__ . "/raw.inc";
$m = test_memcache();
$keys = ["18446744073709551615", "18446744073709551614", "9223372036854775808", "0", "42", "9223372036854775807"];
foreach ($keys as $k) $m->delete($k);
var_dump($m->set([-1 => "minus one", -2 => "minus two", PHP_INT_MIN => "int min", 0 => "zero", 42 => "forty-two", PHP_INT_MAX => "int max"], null));
// prove the names on the server with raw gets
foreach ($keys as $k) { $it = raw_item($k); echo $k, " => ", $it === null ? "miss" : $it[1], "\n"; }
var_dump($m->get($keys));
// string keys that look like ints are the same items
var_dump($m->set(["42" => "again"], null), raw_item("42")[1]);
foreach ($keys as $k) $m->delete($k);
?>
--EXPECT--
bool(true)
18446744073709551615 => minus one
18446744073709551614 => minus two
9223372036854775808 => int min
0 => zero
42 => forty-two
9223372036854775807 => int max
array(6) {
  ["18446744073709551615"]=>
  string(9) "minus one"
  ["18446744073709551614"]=>
  string(9) "minus two"
  ["9223372036854775808"]=>
  string(7) "int min"
  [0]=>
  string(4) "zero"
  [42]=>
  string(9) "forty-two"
  [9223372036854775807]=>
  string(7) "int max"
}
bool(true)
string(5) "again"
