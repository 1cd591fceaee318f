--TEST--
keys and values containing CR, LF, NUL, spaces or protocol text never put a second command on the wire
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
memcache.protocol=ascii
--FILE--
<?php
// E_DEPRECATED is masked (--INI--) only because the 8.0 oracle emits "Creation of dynamic property
// Memcache::$connection is deprecated" on PHP 8.2; 8.2 (spec §1) must not emit it at all.
// memcache.protocol is pinned to ascii: the expected results are the ASCII ones (spec §7.3); the binary
// protocol differs here (spec §4.6 names, §4.8 notice text), see keys_injection_binary.phpt.
require __DIR__ . '/../config.inc';
require __DIR__ . '/raw.inc';
$m = test_memcache();
$p = 'values_keys_injection_';
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
var_dump($m->get($keys));
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
"values_keys_injection_a\r\nflush_all\r\n"
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
string(4) "pv2a"

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: CLIENT_ERROR cannot increment or decrement non-numeric value (6) in %s on line %d

Notice: MemcachePool::decrement(): Server 127.0.0.1 (tcp %d, udp 0) failed with: CLIENT_ERROR cannot increment or decrement non-numeric value (6) in %s on line %d
bool(false)
bool(false)
string(6) "intact"
"values_keys_injection_x delete values_keys_injection_victim"
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
string(4) "pv2a"

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: CLIENT_ERROR cannot increment or decrement non-numeric value (6) in %s on line %d

Notice: MemcachePool::decrement(): Server 127.0.0.1 (tcp %d, udp 0) failed with: CLIENT_ERROR cannot increment or decrement non-numeric value (6) in %s on line %d
bool(false)
bool(false)
string(6) "intact"
"values_keys_injection_n\u0000delete values_keys_injection_victim"
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
string(4) "pv2a"

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: CLIENT_ERROR cannot increment or decrement non-numeric value (6) in %s on line %d

Notice: MemcachePool::decrement(): Server 127.0.0.1 (tcp %d, udp 0) failed with: CLIENT_ERROR cannot increment or decrement non-numeric value (6) in %s on line %d
bool(false)
bool(false)
string(6) "intact"
"values_keys_injection_l\ndelete values_keys_injection_victim\n"
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
string(4) "pv2a"

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: CLIENT_ERROR cannot increment or decrement non-numeric value (6) in %s on line %d

Notice: MemcachePool::decrement(): Server 127.0.0.1 (tcp %d, udp 0) failed with: CLIENT_ERROR cannot increment or decrement non-numeric value (6) in %s on line %d
bool(false)
bool(false)
string(6) "intact"
"values_keys_injection_c\rdelete values_keys_injection_victim\r"
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
string(4) "pv2a"

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: CLIENT_ERROR cannot increment or decrement non-numeric value (6) in %s on line %d

Notice: MemcachePool::decrement(): Server 127.0.0.1 (tcp %d, udp 0) failed with: CLIENT_ERROR cannot increment or decrement non-numeric value (6) in %s on line %d
bool(false)
bool(false)
string(6) "intact"
"values_keys_injection_t\tdelete\tvalues_keys_injection_victim"
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
string(4) "pv2a"

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: CLIENT_ERROR cannot increment or decrement non-numeric value (6) in %s on line %d

Notice: MemcachePool::decrement(): Server 127.0.0.1 (tcp %d, udp 0) failed with: CLIENT_ERROR cannot increment or decrement non-numeric value (6) in %s on line %d
bool(false)
bool(false)
string(6) "intact"
"values_keys_injection_s 0 0 1\r\nX\r\ndelete values_keys_injection_victim"
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
string(4) "pv2a"

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: CLIENT_ERROR cannot increment or decrement non-numeric value (6) in %s on line %d

Notice: MemcachePool::decrement(): Server 127.0.0.1 (tcp %d, udp 0) failed with: CLIENT_ERROR cannot increment or decrement non-numeric value (6) in %s on line %d
bool(false)
bool(false)
string(6) "intact"
array(7) {
  ["values_keys_injection_a__flush_all__"]=>
  string(4) "pv2a"
  ["values_keys_injection_x_delete_values_keys_injection_victim"]=>
  string(4) "pv2a"
  ["values_keys_injection_n_delete_values_keys_injection_victim"]=>
  string(4) "pv2a"
  ["values_keys_injection_l_delete_values_keys_injection_victim_"]=>
  string(4) "pv2a"
  ["values_keys_injection_c_delete_values_keys_injection_victim_"]=>
  string(4) "pv2a"
  ["values_keys_injection_t_delete_values_keys_injection_victim"]=>
  string(4) "pv2a"
  ["values_keys_injection_s_0_0_1__X__delete_values_keys_injection_victim"]=>
  string(4) "pv2a"
}
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
