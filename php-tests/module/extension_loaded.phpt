--TEST--
memcache module is loaded and registers its classes and 26 functions (the 24 of the reference, remember and invalidate)
--INI--
error_reporting=E_ALL
--FILE--
<?php
var_dump(extension_loaded('memcache'));
var_dump(class_exists('MemcachePool', false), class_exists('Memcache', false));
var_dump(get_parent_class('Memcache'), get_parent_class('MemcachePool'));
$e = new ReflectionExtension('memcache');
var_dump($e->getName(), $e->getClassNames());
$fns = get_extension_funcs('memcache');
var_dump(count($fns));
echo implode("\n", $fns), "\n";
foreach ($fns as $f) {
    if ((new ReflectionFunction($f))->getExtensionName() !== 'memcache') echo "wrong extension: $f\n";
}
var_dump(array_keys($e->getFunctions()) === $fns);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
string(12) "MemcachePool"
bool(false)
string(8) "memcache"
array(2) {
  [0]=>
  string(12) "MemcachePool"
  [1]=>
  string(8) "Memcache"
}
int(26)
memcache_connect
memcache_pconnect
memcache_add_server
memcache_set_server_params
memcache_set_failure_callback
memcache_get_server_status
memcache_get_version
memcache_add
memcache_set
memcache_replace
memcache_cas
memcache_append
memcache_prepend
memcache_get
memcache_delete
memcache_debug
memcache_get_stats
memcache_get_extended_stats
memcache_set_compress_threshold
memcache_increment
memcache_decrement
memcache_close
memcache_flush
memcache_set_sasl_auth_data
memcache_remember
memcache_invalidate
bool(true)
