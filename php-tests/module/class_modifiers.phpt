--TEST--
MemcachePool and Memcache are plain classes: not final, not abstract, no constructor, no properties/constants
--FILE--
<?php
foreach (['MemcachePool', 'Memcache'] as $c) {
    $r = new ReflectionClass($c);
    echo "$c\n";
    var_dump($r->isInternal(), $r->isFinal(), $r->isAbstract(), $r->isInterface(), $r->isInstantiable(),
        $r->isCloneable(), $r->getConstructor(), $r->getInterfaceNames(),
        $r->getProperties(), $r->getConstants(), $r->getExtensionName(), $r->getModifiers());
    var_dump(method_exists($c, '__construct'), method_exists($c, '__destruct'));
}
var_dump(is_subclass_of('Memcache', 'MemcachePool'));
var_dump((new ReflectionClass('Memcache'))->getParentClass()->getName());
var_dump((new ReflectionClass('MemcachePool'))->getParentClass());
?>
--EXPECT--
MemcachePool
bool(true)
bool(false)
bool(false)
bool(false)
bool(true)
bool(true)
NULL
array(0) {
}
array(0) {
}
array(0) {
}
string(8) "memcache"
int(0)
bool(false)
bool(false)
Memcache
bool(true)
bool(false)
bool(false)
bool(false)
bool(true)
bool(true)
NULL
array(0) {
}
array(0) {
}
array(0) {
}
string(8) "memcache"
int(0)
bool(false)
bool(false)
bool(true)
string(12) "MemcachePool"
bool(false)
