--TEST--
Procedural store functions with a scalar key and no value throw ArgumentCountError "Wrong parameter count for memcache_xxx()"
--DESCRIPTION--
Spec §1.2/§4.7. No I/O: the server is added lazily on a port where nothing listens.
E_DEPRECATED is masked so the 8.0 oracle's dynamic-property deprecation does not show;
module/dynamic_properties.phpt covers that difference.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
function t(callable $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
$m = new Memcache;
$m->addServer($host, $refused_port);
foreach (['add', 'set', 'replace', 'cas', 'append', 'prepend'] as $name) {
    $f = "memcache_$name";
    t(fn() => $f($m, 'smvf_key'));
    t(fn() => $f($m, 7));
    t(fn() => $f($m, []));
    t(fn() => $f($m));
}
?>
--EXPECT--
ArgumentCountError: Wrong parameter count for memcache_add()
ArgumentCountError: Wrong parameter count for memcache_add()
bool(false)
ArgumentCountError: memcache_add() expects at least 2 arguments, 1 given
ArgumentCountError: Wrong parameter count for memcache_set()
ArgumentCountError: Wrong parameter count for memcache_set()
bool(false)
ArgumentCountError: memcache_set() expects at least 2 arguments, 1 given
ArgumentCountError: Wrong parameter count for memcache_replace()
ArgumentCountError: Wrong parameter count for memcache_replace()
bool(false)
ArgumentCountError: memcache_replace() expects at least 2 arguments, 1 given
ArgumentCountError: Wrong parameter count for memcache_cas()
ArgumentCountError: Wrong parameter count for memcache_cas()
bool(false)
ArgumentCountError: memcache_cas() expects at least 2 arguments, 1 given
ArgumentCountError: Wrong parameter count for memcache_append()
ArgumentCountError: Wrong parameter count for memcache_append()
bool(false)
ArgumentCountError: memcache_append() expects at least 2 arguments, 1 given
ArgumentCountError: Wrong parameter count for memcache_prepend()
ArgumentCountError: Wrong parameter count for memcache_prepend()
bool(false)
ArgumentCountError: memcache_prepend() expects at least 2 arguments, 1 given
