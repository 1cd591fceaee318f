--TEST--
binary: keys and values containing CR, LF, NUL, spaces or protocol text are only data (normalised keys, length-framed values)
--DESCRIPTION--
Binary twin of keys_injection.phpt. Keys are normalised the same way in both protocols (spec §3.1), so the
same items are hit; the differences are the non-numeric incr/decr notice text (spec §4.8) and the multi-get
result names, which in binary are the caller's original keys (spec §4.6; printed with json_encode).
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=binary
--FILE--
<?php
// E_DEPRECATED is masked (--INI--) only because the 8.0 oracle emits "Creation of dynamic property
// Memcache::$connection is deprecated" on PHP 8.2; 8.2 (spec §1) must not emit it at all.
require __DIR__ . '/../config.inc';
require __DIR__ . '/raw.inc';
$m = test_memcache();
$p = 'values_keys_injection_binary_';
$victim = $p . 'victim';
var_dump($m->set($victim, 'intact'));
$keys = [
    "{$p}a\r\nflush_all\r\n",
    "{$p}x delete $victim",
    "{$p}n\0delete $victim",
    "{$p}l\ndelete $victim\n",
    "{$p}c\rdelete $victim\r",
    "{$p}t\tdelete\t$victim",
    "{$p}s 0 0 1\r\nX\r\ndelete $victim",
];
foreach ($keys as $key) {
    echo json_encode($key), "\n";
    var_dump($m->set($key, 'v'));
    var_dump($m->add($key, 'v'), $m->replace($key, 'v2'), $m->append($key, 'a'), $m->prepend($key, 'p'));
    var_dump($m->get($key));
    var_dump($m->increment($key), $m->decrement($key));
    var_dump($m->get($victim));
}
foreach ($m->get($keys) as $key => $v) echo json_encode($key), " => ", json_encode($v), "\n";
// values with protocol text are sent with their byte length and stored verbatim
$evil = "x\r\ndelete $victim\r\nset $victim 0 0 5\r\nowned\r\nflush_all\r\n";
var_dump($m->set($p . 'val', $evil));
var_dump($m->append($p . 'val', "\r\nEND\r\n"), $m->prepend($p . 'val', "\r\nflush_all\r\n"));
var_dump($m->get($p . 'val') === "\r\nflush_all\r\n" . $evil . "\r\nEND\r\n");
var_dump($m->set([$p . "m\r\nflush_all" => $evil, $p . 'm2' => "\r\nflush_all\r\n"], null));
var_dump($m->get($p . "m\r\nflush_all") === $evil);
// gets and deletes with injected text
var_dump($m->get("$p\r\ndelete $victim\r\nget $victim"));
var_dump($m->get(["a\r\ndelete $victim", "b delete $victim"]));
var_dump($m->delete("$p\r\ndelete $victim"), $m->delete("$p delete $victim"));
var_dump($m->get($victim), raw_item($victim));
foreach ($keys as $key) $m->delete($key);
$m->delete($p . 'val'); $m->delete($p . "m\r\nflush_all"); $m->delete($p . 'm2'); $m->delete($victim);
?>
--EXPECTF--
bool(true)
"values_keys_injection_binary_a\r\nflush_all\r\n"
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
string(4) "pv2a"

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Non-numeric server-side value for incr or decr (6) in %s on line %d

Notice: MemcachePool::decrement(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Non-numeric server-side value for incr or decr (6) in %s on line %d
bool(false)
bool(false)
string(6) "intact"
"values_keys_injection_binary_x delete values_keys_injection_binary_victim"
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
string(4) "pv2a"

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Non-numeric server-side value for incr or decr (6) in %s on line %d

Notice: MemcachePool::decrement(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Non-numeric server-side value for incr or decr (6) in %s on line %d
bool(false)
bool(false)
string(6) "intact"
"values_keys_injection_binary_n\u0000delete values_keys_injection_binary_victim"
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
string(4) "pv2a"

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Non-numeric server-side value for incr or decr (6) in %s on line %d

Notice: MemcachePool::decrement(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Non-numeric server-side value for incr or decr (6) in %s on line %d
bool(false)
bool(false)
string(6) "intact"
"values_keys_injection_binary_l\ndelete values_keys_injection_binary_victim\n"
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
string(4) "pv2a"

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Non-numeric server-side value for incr or decr (6) in %s on line %d

Notice: MemcachePool::decrement(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Non-numeric server-side value for incr or decr (6) in %s on line %d
bool(false)
bool(false)
string(6) "intact"
"values_keys_injection_binary_c\rdelete values_keys_injection_binary_victim\r"
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
string(4) "pv2a"

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Non-numeric server-side value for incr or decr (6) in %s on line %d

Notice: MemcachePool::decrement(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Non-numeric server-side value for incr or decr (6) in %s on line %d
bool(false)
bool(false)
string(6) "intact"
"values_keys_injection_binary_t\tdelete\tvalues_keys_injection_binary_victim"
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
string(4) "pv2a"

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Non-numeric server-side value for incr or decr (6) in %s on line %d

Notice: MemcachePool::decrement(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Non-numeric server-side value for incr or decr (6) in %s on line %d
bool(false)
bool(false)
string(6) "intact"
"values_keys_injection_binary_s 0 0 1\r\nX\r\ndelete values_keys_injection_binary_victim"
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
string(4) "pv2a"

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Non-numeric server-side value for incr or decr (6) in %s on line %d

Notice: MemcachePool::decrement(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Non-numeric server-side value for incr or decr (6) in %s on line %d
bool(false)
bool(false)
string(6) "intact"
"values_keys_injection_binary_a\r\nflush_all\r\n" => "pv2a"
"values_keys_injection_binary_x delete values_keys_injection_binary_victim" => "pv2a"
"values_keys_injection_binary_n\u0000delete values_keys_injection_binary_victim" => "pv2a"
"values_keys_injection_binary_l\ndelete values_keys_injection_binary_victim\n" => "pv2a"
"values_keys_injection_binary_c\rdelete values_keys_injection_binary_victim\r" => "pv2a"
"values_keys_injection_binary_t\tdelete\tvalues_keys_injection_binary_victim" => "pv2a"
"values_keys_injection_binary_s 0 0 1\r\nX\r\ndelete values_keys_injection_binary_victim" => "pv2a"
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
array(0) {
}
bool(false)
bool(false)
string(6) "intact"
array(2) {
  [0]=>
  int(0)
  [1]=>
  string(6) "intact"
}
