--TEST--
memcache.redundancy=2 with two servers: every write, increment/decrement and delete reaches both servers (§6.5)
--DESCRIPTION--
Each daemon is inspected through its own one-server Memcache object. Both copies stay identical through set,
increment, decrement, replace, append, prepend, delete, add, a failed cas, a multi-key set and a multi-key delete.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
memcache.redundancy=2
; ASCII: the binary notice text differs (§4.8); binary twin: redundancy_writes_reach_both_binary.phpt
memcache.protocol=ascii
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
require __DIR__ . '/multi_server.inc';
$a = ms_direct($port);
$b = ms_direct($port2);
$p = new MemcachePool;
$p->addServer($host, $port, 0, false);
$p->addServer($host, $port2, 0, false);
$k = 'pool_redundancy_writes_' . getmypid();
$k2 = "{$k}_2";
$show = function (string $what, ...$keys) use ($a, $b) {
    foreach ($keys as $key) {
        echo "$what: A=", json_encode($a->get($key)), " B=", json_encode($b->get($key)), "\n";
    }
};
var_dump($p->set($k, 5));          $show('set', $k);
var_dump($p->increment($k, 2));    $show('increment', $k);
var_dump($p->decrement($k, 1));    $show('decrement', $k);
var_dump($p->replace($k, 'r'));    $show('replace', $k);
var_dump($p->append($k, 'x'));     $show('append', $k);
var_dump($p->prepend($k, 'y'));    $show('prepend', $k);
var_dump($p->delete($k));          $show('delete', $k);
var_dump($p->add($k, 'added'));    $show('add', $k);
var_dump($p->cas($k, 'cas', 0, 0, 1)); $show('cas mismatch', $k);
var_dump($p->set([$k => 'm1', $k2 => 'm2'])); $show('multi-set', $k, $k2);
var_dump($p->increment([$k2]));
var_dump($p->delete([$k, $k2]));   $show('multi-delete', $k, $k2);
?>
--EXPECTF--
bool(true)
set: A=5 B=5
int(7)
increment: A=7 B=7
int(6)
decrement: A=6 B=6
bool(true)
replace: A="r" B="r"
bool(true)
append: A="rx" B="rx"
bool(true)
prepend: A="yrx" B="yrx"
bool(true)
delete: A=false B=false
bool(true)
add: A="added" B="added"
bool(false)
cas mismatch: A="added" B="added"
bool(true)
multi-set: A="m1" B="m1"
multi-set: A="m2" B="m2"

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: CLIENT_ERROR cannot increment or decrement non-numeric value (6) in %s on line %d

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: CLIENT_ERROR cannot increment or decrement non-numeric value (6) in %s on line %d
array(1) {
  ["pool_redundancy_writes_%d_2%0"]=>
  bool(false)
}
bool(true)
multi-delete: A=false B=false
multi-delete: A=false B=false
