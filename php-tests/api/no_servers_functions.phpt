--TEST--
Every procedural function that needs a pool warns "No servers added to memcache connection" and returns false
--DESCRIPTION--
Spec §1.1/§1.2: the prefix is the function name.
E_DEPRECATED is masked so the 8.0 oracle's dynamic-property deprecation does not show;
module/dynamic_properties.phpt covers that difference.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
$calls = [
    ['memcache_set_server_params', ['127.0.0.1', 11211]],
    ['memcache_set_failure_callback', [null]],
    ['memcache_get_server_status', ['127.0.0.1', 11211]],
    ['memcache_get_version', []],
    ['memcache_add', ['nosf_key', 1]], ['memcache_set', ['nosf_key', 1]], ['memcache_replace', ['nosf_key', 1]],
    ['memcache_cas', ['nosf_key', 1, 0, 0, 5]], ['memcache_append', ['nosf_key', 'a']], ['memcache_prepend', ['nosf_key', 'a']],
    ['memcache_set', ['nosf_key']],
    ['memcache_get', ['nosf_key']], ['memcache_delete', ['nosf_key']],
    ['memcache_get_stats', []], ['memcache_get_extended_stats', []],
    ['memcache_set_compress_threshold', [100]], ['memcache_increment', ['nosf_key']], ['memcache_decrement', ['nosf_key']],
    ['memcache_close', []], ['memcache_flush', []],
];
foreach ([new Memcache, new MemcachePool] as $obj) {
    echo "== ", get_class($obj), "\n";
    foreach ($calls as [$f, $args]) {
        echo "$f: ";
        var_dump($f($obj, ...$args));
    }
    var_dump(memcache_set_sasl_auth_data($obj, 'user', 'pass'));
    var_dump($obj);
}
?>
--EXPECTF--
== Memcache
memcache_set_server_params: 
Warning: memcache_set_server_params(): No servers added to memcache connection in %s on line %d
bool(false)
memcache_set_failure_callback: 
Warning: memcache_set_failure_callback(): No servers added to memcache connection in %s on line %d
bool(false)
memcache_get_server_status: 
Warning: memcache_get_server_status(): No servers added to memcache connection in %s on line %d
bool(false)
memcache_get_version: 
Warning: memcache_get_version(): No servers added to memcache connection in %s on line %d
bool(false)
memcache_add: 
Warning: memcache_add(): No servers added to memcache connection in %s on line %d
bool(false)
memcache_set: 
Warning: memcache_set(): No servers added to memcache connection in %s on line %d
bool(false)
memcache_replace: 
Warning: memcache_replace(): No servers added to memcache connection in %s on line %d
bool(false)
memcache_cas: 
Warning: memcache_cas(): No servers added to memcache connection in %s on line %d
bool(false)
memcache_append: 
Warning: memcache_append(): No servers added to memcache connection in %s on line %d
bool(false)
memcache_prepend: 
Warning: memcache_prepend(): No servers added to memcache connection in %s on line %d
bool(false)
memcache_set: 
Warning: memcache_set(): No servers added to memcache connection in %s on line %d
bool(false)
memcache_get: 
Warning: memcache_get(): No servers added to memcache connection in %s on line %d
bool(false)
memcache_delete: 
Warning: memcache_delete(): No servers added to memcache connection in %s on line %d
bool(false)
memcache_get_stats: 
Warning: memcache_get_stats(): No servers added to memcache connection in %s on line %d
bool(false)
memcache_get_extended_stats: 
Warning: memcache_get_extended_stats(): No servers added to memcache connection in %s on line %d
bool(false)
memcache_set_compress_threshold: 
Warning: memcache_set_compress_threshold(): No servers added to memcache connection in %s on line %d
bool(false)
memcache_increment: 
Warning: memcache_increment(): No servers added to memcache connection in %s on line %d
bool(false)
memcache_decrement: 
Warning: memcache_decrement(): No servers added to memcache connection in %s on line %d
bool(false)
memcache_close: 
Warning: memcache_close(): No servers added to memcache connection in %s on line %d
bool(false)
memcache_flush: 
Warning: memcache_flush(): No servers added to memcache connection in %s on line %d
bool(false)
bool(true)
object(Memcache)#1 (2) {
  ["username"]=>
  string(4) "user"
  ["password"]=>
  string(4) "pass"
}
== MemcachePool
memcache_set_server_params: 
Warning: memcache_set_server_params(): No servers added to memcache connection in %s on line %d
bool(false)
memcache_set_failure_callback: 
Warning: memcache_set_failure_callback(): No servers added to memcache connection in %s on line %d
bool(false)
memcache_get_server_status: 
Warning: memcache_get_server_status(): No servers added to memcache connection in %s on line %d
bool(false)
memcache_get_version: 
Warning: memcache_get_version(): No servers added to memcache connection in %s on line %d
bool(false)
memcache_add: 
Warning: memcache_add(): No servers added to memcache connection in %s on line %d
bool(false)
memcache_set: 
Warning: memcache_set(): No servers added to memcache connection in %s on line %d
bool(false)
memcache_replace: 
Warning: memcache_replace(): No servers added to memcache connection in %s on line %d
bool(false)
memcache_cas: 
Warning: memcache_cas(): No servers added to memcache connection in %s on line %d
bool(false)
memcache_append: 
Warning: memcache_append(): No servers added to memcache connection in %s on line %d
bool(false)
memcache_prepend: 
Warning: memcache_prepend(): No servers added to memcache connection in %s on line %d
bool(false)
memcache_set: 
Warning: memcache_set(): No servers added to memcache connection in %s on line %d
bool(false)
memcache_get: 
Warning: memcache_get(): No servers added to memcache connection in %s on line %d
bool(false)
memcache_delete: 
Warning: memcache_delete(): No servers added to memcache connection in %s on line %d
bool(false)
memcache_get_stats: 
Warning: memcache_get_stats(): No servers added to memcache connection in %s on line %d
bool(false)
memcache_get_extended_stats: 
Warning: memcache_get_extended_stats(): No servers added to memcache connection in %s on line %d
bool(false)
memcache_set_compress_threshold: 
Warning: memcache_set_compress_threshold(): No servers added to memcache connection in %s on line %d
bool(false)
memcache_increment: 
Warning: memcache_increment(): No servers added to memcache connection in %s on line %d
bool(false)
memcache_decrement: 
Warning: memcache_decrement(): No servers added to memcache connection in %s on line %d
bool(false)
memcache_close: 
Warning: memcache_close(): No servers added to memcache connection in %s on line %d
bool(false)
memcache_flush: 
Warning: memcache_flush(): No servers added to memcache connection in %s on line %d
bool(false)
bool(true)
object(MemcachePool)#2 (2) {
  ["username"]=>
  string(4) "user"
  ["password"]=>
  string(4) "pass"
}
