--TEST--
get_class() of new Memcache / new MemcachePool and instanceof relations
--FILE--
<?php
$m = new Memcache;
$p = new MemcachePool;
var_dump(get_class($m) === 'Memcache', get_class($m), get_class($p));
var_dump($m instanceof MemcachePool, $p instanceof Memcache, $m instanceof Memcache);
var_dump(new memcache instanceof Memcache, get_class(new MEMCACHEPOOL));
var_dump($m::class, get_parent_class($m));
var_dump(class_implements($m));
?>
--EXPECT--
bool(true)
string(8) "Memcache"
string(12) "MemcachePool"
bool(true)
bool(false)
bool(true)
bool(true)
string(12) "MemcachePool"
string(8) "Memcache"
string(12) "MemcachePool"
array(0) {
}
