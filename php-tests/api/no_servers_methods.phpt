--TEST--
Every method that needs a pool warns "No servers added to memcache connection" and returns false on a fresh object
--DESCRIPTION--
Spec §1.1/§1.2: the prefix is the declaring class (MemcachePool) and the registered lower-case method name (§2.3),
for Memcache and MemcachePool instances alike. setSaslAuthData needs no pool (spec §4.15).
For the store methods the pool check comes before the "value missing" check (oracle).
E_DEPRECATED is masked so the 8.0 oracle's dynamic-property deprecation (username/password) does not show;
module/dynamic_properties.phpt covers that difference.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
$calls = [
    ['setServerParams', ['127.0.0.1', 11211]],
    ['setFailureCallback', [null]],
    ['getServerStatus', ['127.0.0.1', 11211]],
    ['findServer', ['nos_key']],
    ['getVersion', []],
    ['add', ['nos_key', 1]], ['set', ['nos_key', 1]], ['replace', ['nos_key', 1]], ['cas', ['nos_key', 1, 0, 0, 5]],
    ['append', ['nos_key', 'a']], ['prepend', ['nos_key', 'a']],
    ['set', ['nos_key']],
    ['get', ['nos_key']], ['get', [['nos_a', 'nos_b']]], ['delete', ['nos_key']],
    ['getStats', []], ['getExtendedStats', []],
    ['setCompressThreshold', [100]], ['increment', ['nos_key']], ['decrement', ['nos_key', 2]],
    ['close', []], ['flush', []],
];
foreach ([new Memcache, new MemcachePool] as $obj) {
    echo "== ", get_class($obj), "\n";
    foreach ($calls as [$meth, $args]) {
        echo "$meth: ";
        var_dump($obj->$meth(...$args));
    }
    var_dump($obj);
    var_dump($obj->setSaslAuthData('user', 'pass'));
}
?>
--EXPECTF--
== Memcache
setServerParams: 
Warning: MemcachePool::setserverparams(): No servers added to memcache connection in %s on line %d
bool(false)
setFailureCallback: 
Warning: MemcachePool::setfailurecallback(): No servers added to memcache connection in %s on line %d
bool(false)
getServerStatus: 
Warning: MemcachePool::getserverstatus(): No servers added to memcache connection in %s on line %d
bool(false)
findServer: 
Warning: MemcachePool::findserver(): No servers added to memcache connection in %s on line %d
bool(false)
getVersion: 
Warning: MemcachePool::getversion(): No servers added to memcache connection in %s on line %d
bool(false)
add: 
Warning: MemcachePool::add(): No servers added to memcache connection in %s on line %d
bool(false)
set: 
Warning: MemcachePool::set(): No servers added to memcache connection in %s on line %d
bool(false)
replace: 
Warning: MemcachePool::replace(): No servers added to memcache connection in %s on line %d
bool(false)
cas: 
Warning: MemcachePool::cas(): No servers added to memcache connection in %s on line %d
bool(false)
append: 
Warning: MemcachePool::append(): No servers added to memcache connection in %s on line %d
bool(false)
prepend: 
Warning: MemcachePool::prepend(): No servers added to memcache connection in %s on line %d
bool(false)
set: 
Warning: MemcachePool::set(): No servers added to memcache connection in %s on line %d
bool(false)
get: 
Warning: MemcachePool::get(): No servers added to memcache connection in %s on line %d
bool(false)
get: 
Warning: MemcachePool::get(): No servers added to memcache connection in %s on line %d
bool(false)
delete: 
Warning: MemcachePool::delete(): No servers added to memcache connection in %s on line %d
bool(false)
getStats: 
Warning: MemcachePool::getstats(): No servers added to memcache connection in %s on line %d
bool(false)
getExtendedStats: 
Warning: MemcachePool::getextendedstats(): No servers added to memcache connection in %s on line %d
bool(false)
setCompressThreshold: 
Warning: MemcachePool::setcompressthreshold(): No servers added to memcache connection in %s on line %d
bool(false)
increment: 
Warning: MemcachePool::increment(): No servers added to memcache connection in %s on line %d
bool(false)
decrement: 
Warning: MemcachePool::decrement(): No servers added to memcache connection in %s on line %d
bool(false)
close: 
Warning: MemcachePool::close(): No servers added to memcache connection in %s on line %d
bool(false)
flush: 
Warning: MemcachePool::flush(): No servers added to memcache connection in %s on line %d
bool(false)
object(Memcache)#1 (0) {
}
bool(true)
== MemcachePool
setServerParams: 
Warning: MemcachePool::setserverparams(): No servers added to memcache connection in %s on line %d
bool(false)
setFailureCallback: 
Warning: MemcachePool::setfailurecallback(): No servers added to memcache connection in %s on line %d
bool(false)
getServerStatus: 
Warning: MemcachePool::getserverstatus(): No servers added to memcache connection in %s on line %d
bool(false)
findServer: 
Warning: MemcachePool::findserver(): No servers added to memcache connection in %s on line %d
bool(false)
getVersion: 
Warning: MemcachePool::getversion(): No servers added to memcache connection in %s on line %d
bool(false)
add: 
Warning: MemcachePool::add(): No servers added to memcache connection in %s on line %d
bool(false)
set: 
Warning: MemcachePool::set(): No servers added to memcache connection in %s on line %d
bool(false)
replace: 
Warning: MemcachePool::replace(): No servers added to memcache connection in %s on line %d
bool(false)
cas: 
Warning: MemcachePool::cas(): No servers added to memcache connection in %s on line %d
bool(false)
append: 
Warning: MemcachePool::append(): No servers added to memcache connection in %s on line %d
bool(false)
prepend: 
Warning: MemcachePool::prepend(): No servers added to memcache connection in %s on line %d
bool(false)
set: 
Warning: MemcachePool::set(): No servers added to memcache connection in %s on line %d
bool(false)
get: 
Warning: MemcachePool::get(): No servers added to memcache connection in %s on line %d
bool(false)
get: 
Warning: MemcachePool::get(): No servers added to memcache connection in %s on line %d
bool(false)
delete: 
Warning: MemcachePool::delete(): No servers added to memcache connection in %s on line %d
bool(false)
getStats: 
Warning: MemcachePool::getstats(): No servers added to memcache connection in %s on line %d
bool(false)
getExtendedStats: 
Warning: MemcachePool::getextendedstats(): No servers added to memcache connection in %s on line %d
bool(false)
setCompressThreshold: 
Warning: MemcachePool::setcompressthreshold(): No servers added to memcache connection in %s on line %d
bool(false)
increment: 
Warning: MemcachePool::increment(): No servers added to memcache connection in %s on line %d
bool(false)
decrement: 
Warning: MemcachePool::decrement(): No servers added to memcache connection in %s on line %d
bool(false)
close: 
Warning: MemcachePool::close(): No servers added to memcache connection in %s on line %d
bool(false)
flush: 
Warning: MemcachePool::flush(): No servers added to memcache connection in %s on line %d
bool(false)
object(MemcachePool)#2 (0) {
}
bool(true)
