--TEST--
meta wire bytes of remember()/invalidate(): mg with N<lock_timeout> (and R<stale>), the winner's ms replacing the placeholder, the lease given back by md C<cas> (placeholder) or md I C<cas> (value) when $compute throws; a stale value with Z is served at once; invalidate() is md I; a plain get handed the recache (W) gives it back with md I (issue 14)
--INI--
memcache.protocol=meta
memcache.lock_timeout=7
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/../failure/fake_server.inc';
$srv = fake_server_start([
    "VA 3 f0 c1\r\nhit\r\n",                 // fresh hit
    "VA 0 c5 W\r\n\r\n", "HD\r\n",          // miss: placeholder won, value stored
    "VA 0 c6 W\r\n\r\n", "HD\r\n",          // miss, compute throws: placeholder deleted by CAS
    "VA 3 f0 c7 X W\r\nold\r\n", "HD\r\n",  // stale value won, compute throws: marked stale again by CAS
    "VA 3 f0 c8 X Z\r\nold\r\n",            // stale, someone else recomputes: served at once
    "VA 3 f0 c9 Z\r\nnew\r\n",              // in the recache window, someone else recomputes: served
    "HD\r\n", "NF\r\n", "NF O1\r\nMN\r\n",   // invalidate
    "VA 3 f0 X W\r\nold\r\n", "HD\r\n",  // a plain get handed the recache of a stale item gives it back
    "VA 1 f0 O1 X W\r\nb\r\nVA 1 f0 O0 X Z\r\na\r\nMN\r\n", "HD\r\n",
]);
$m = new MemcachePool;
$m->addServer('127.0.0.1', $srv['port']);
$fail = function () { throw new LogicException('nope'); };
var_dump($m->remember('r_a', $fail));
var_dump($m->remember('r_b', fn() => 'v', 60, 30, MEMCACHE_USER1));
try { $m->remember('r_c', $fail, 60); } catch (LogicException $e) { echo $e->getMessage(), "\n"; }
try { $m->remember('r_d', $fail, 60, 30); } catch (LogicException $e) { echo $e->getMessage(), "\n"; }
var_dump($m->remember('r_e', $fail, 60));
var_dump($m->remember('r_f', $fail, 60, 30));
var_dump($m->invalidate('r_g'));
var_dump($m->invalidate('r_h'));
var_dump($m->invalidate(['r_i', 'r_j']));
var_dump($m->get('r_k'));
var_dump($m->get(['r_l', 'r_m']));
$m->close();
fake_server_dump(fake_server_finish($srv));
?>
--EXPECT--
string(3) "hit"
string(1) "v"
nope
nope
string(3) "old"
string(3) "new"
bool(true)
bool(false)
bool(false)
string(3) "old"
array(2) {
  ["r_m"]=>
  string(1) "b"
  ["r_l"]=>
  string(1) "a"
}
req 0: mg r_a v f c N7\r\n
req 1: mg r_b v f c N7 R30\r\n
req 2: ms r_b 1 F65536 T90\r\nv\r\n
req 3: mg r_c v f c N7\r\n
req 4: md r_c C6\r\n
req 5: mg r_d v f c N7 R30\r\n
req 6: md r_d I C7\r\n
req 7: mg r_e v f c N7\r\n
req 8: mg r_f v f c N7 R30\r\n
req 9: md r_g I\r\n
req 10: md r_h I\r\n
req 11: md r_i I q O0\r\nmd r_j I q O1\r\nmn\r\n
req 12: mg r_k v f\r\n
req 13: md r_k I\r\n
req 14: mg r_l v f q O0\r\nmg r_m v f q O1\r\nmn\r\n
req 15: md r_m I\r\n
