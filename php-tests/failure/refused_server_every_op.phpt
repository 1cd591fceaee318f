--TEST--
A refused server costs each operation exactly one notice and false (or its documented empty result), never more (§3.3, §5.4)
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
$ops = [
    'get'              => fn($m) => $m->get('k'),
    'get array'        => fn($m) => $m->get(['k1', 'k2']),
    'set'              => fn($m) => $m->set('k', 1),
    'add'              => fn($m) => $m->add('k', 1),
    'replace'          => fn($m) => $m->replace('k', 1),
    'cas'              => fn($m) => $m->cas('k', 1, 0, 0, 5),
    'append'           => fn($m) => $m->append('k', 'x'),
    'prepend'          => fn($m) => $m->prepend('k', 'x'),
    'set array'        => fn($m) => $m->set(['k1' => 1, 'k2' => 2]),
    'delete'           => fn($m) => $m->delete('k'),
    'delete array'     => fn($m) => $m->delete(['k1', 'k2']),
    'increment'        => fn($m) => $m->increment('k'),
    'decrement'        => fn($m) => $m->decrement('k'),
    'increment array'  => fn($m) => $m->increment(['k1', 'k2']),
    'flush'            => fn($m) => $m->flush(),
    'getVersion'       => fn($m) => $m->getVersion(),
    'getStats'         => fn($m) => $m->getStats(),
    'getExtendedStats' => fn($m) => $m->getExtendedStats(),
];
foreach ($ops as $name => $op) {
    echo "--- $name\n";
    $m = new Memcache;
    $m->addServer('127.0.0.1', $refused_port, false);   // non-persistent: every object starts fresh
    $r = $op($m);
    echo str_replace((string)$refused_port, 'PORT', json_encode($r)), "\n";
    // the second call on the same object is silent: the server is marked failed
    // (oracle: an array increment against an unreachable server gives [], not key."\0" => false)
    $r = $op($m);
    echo str_replace((string)$refused_port, 'PORT', json_encode($r)), "\n";
}
?>
--EXPECTF--
--- get

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
false
false
--- get array

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
[]
[]
--- set

Notice: MemcachePool::set(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
false
false
--- add

Notice: MemcachePool::add(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
false
false
--- replace

Notice: MemcachePool::replace(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
false
false
--- cas

Notice: MemcachePool::cas(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
false
false
--- append

Notice: MemcachePool::append(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
false
false
--- prepend

Notice: MemcachePool::prepend(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
false
false
--- set array

Notice: MemcachePool::set(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
false
false
--- delete

Notice: MemcachePool::delete(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
false
false
--- delete array

Notice: MemcachePool::delete(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
false
false
--- increment

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
false
false
--- decrement

Notice: MemcachePool::decrement(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
false
false
--- increment array

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
[]
[]
--- flush

Notice: MemcachePool::flush(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
false
false
--- getVersion

Notice: MemcachePool::getversion(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
false
false
--- getStats

Notice: MemcachePool::getstats(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
false
false
--- getExtendedStats

Notice: MemcachePool::getextendedstats(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
{"127.0.0.1:PORT":false}
{"127.0.0.1:PORT":false}
