--TEST--
Methods of Memcache: declaring class, required parameter count and by-reference parameters
--DESCRIPTION--
Spec §2.2/§2.3: only connect, pconnect and addserver are declared on Memcache; the other 21 are declared on MemcachePool.
--FILE--
<?php
foreach (['MemcachePool', 'Memcache'] as $class) {
    echo "== $class\n";
    foreach ((new ReflectionClass($class))->getMethods() as $m) {
        $byref = [];
        foreach ($m->getParameters() as $p) if ($p->isPassedByReference()) $byref[] = $p->getName();
        printf("%s::%s req=%d total=%d static=%d final=%d abstract=%d public=%d byref=[%s] return=%s\n",
            $m->getDeclaringClass()->getName(), $m->getName(), $m->getNumberOfRequiredParameters(),
            $m->getNumberOfParameters(), $m->isStatic(), $m->isFinal(), $m->isAbstract(), $m->isPublic(),
            implode(',', $byref), $m->hasReturnType() ? $m->getReturnType() : '-');
    }
}
var_dump((new ReflectionMethod('Memcache', 'set'))->class);
var_dump((new ReflectionMethod('Memcache', 'connect'))->class);
var_dump((new ReflectionMethod('Memcache', 'connect'))->getPrototype()->class);
var_dump((new ReflectionMethod('Memcache', 'addServer'))->getPrototype()->class);
var_dump(method_exists('MemcachePool', 'pconnect'), method_exists('Memcache', 'pconnect'));
?>
--EXPECT--
== MemcachePool
MemcachePool::connect req=1 total=7 static=0 final=0 abstract=0 public=1 byref=[] return=-
MemcachePool::addserver req=1 total=8 static=0 final=0 abstract=0 public=1 byref=[] return=bool
MemcachePool::setserverparams req=1 total=6 static=0 final=0 abstract=0 public=1 byref=[] return=bool
MemcachePool::setfailurecallback req=1 total=1 static=0 final=0 abstract=0 public=1 byref=[] return=bool
MemcachePool::getserverstatus req=1 total=2 static=0 final=0 abstract=0 public=1 byref=[] return=int|bool
MemcachePool::findserver req=1 total=1 static=0 final=0 abstract=0 public=1 byref=[] return=string|bool
MemcachePool::getversion req=0 total=0 static=0 final=0 abstract=0 public=1 byref=[] return=string|bool
MemcachePool::add req=1 total=5 static=0 final=0 abstract=0 public=1 byref=[] return=bool
MemcachePool::set req=1 total=5 static=0 final=0 abstract=0 public=1 byref=[] return=bool
MemcachePool::replace req=1 total=5 static=0 final=0 abstract=0 public=1 byref=[] return=bool
MemcachePool::cas req=1 total=5 static=0 final=0 abstract=0 public=1 byref=[] return=bool
MemcachePool::append req=1 total=5 static=0 final=0 abstract=0 public=1 byref=[] return=bool
MemcachePool::prepend req=1 total=5 static=0 final=0 abstract=0 public=1 byref=[] return=bool
MemcachePool::get req=1 total=3 static=0 final=0 abstract=0 public=1 byref=[flags,cas] return=mixed
MemcachePool::delete req=1 total=2 static=0 final=0 abstract=0 public=1 byref=[] return=array|bool
MemcachePool::getstats req=0 total=3 static=0 final=0 abstract=0 public=1 byref=[] return=array|bool
MemcachePool::getextendedstats req=0 total=3 static=0 final=0 abstract=0 public=1 byref=[] return=array|bool
MemcachePool::setcompressthreshold req=1 total=2 static=0 final=0 abstract=0 public=1 byref=[] return=bool
MemcachePool::increment req=1 total=4 static=0 final=0 abstract=0 public=1 byref=[] return=array|int|bool
MemcachePool::decrement req=1 total=4 static=0 final=0 abstract=0 public=1 byref=[] return=array|int|bool
MemcachePool::close req=0 total=0 static=0 final=0 abstract=0 public=1 byref=[] return=bool
MemcachePool::flush req=0 total=1 static=0 final=0 abstract=0 public=1 byref=[] return=bool
MemcachePool::setSaslAuthData req=2 total=2 static=0 final=0 abstract=0 public=1 byref=[] return=bool
MemcachePool::remember req=2 total=5 static=0 final=0 abstract=0 public=1 byref=[] return=mixed
MemcachePool::invalidate req=1 total=1 static=0 final=0 abstract=0 public=1 byref=[] return=bool
== Memcache
Memcache::connect req=1 total=8 static=0 final=0 abstract=0 public=1 byref=[] return=-
Memcache::pconnect req=1 total=8 static=0 final=0 abstract=0 public=1 byref=[] return=-
Memcache::addserver req=1 total=8 static=0 final=0 abstract=0 public=1 byref=[] return=bool
MemcachePool::setserverparams req=1 total=6 static=0 final=0 abstract=0 public=1 byref=[] return=bool
MemcachePool::setfailurecallback req=1 total=1 static=0 final=0 abstract=0 public=1 byref=[] return=bool
MemcachePool::getserverstatus req=1 total=2 static=0 final=0 abstract=0 public=1 byref=[] return=int|bool
MemcachePool::findserver req=1 total=1 static=0 final=0 abstract=0 public=1 byref=[] return=string|bool
MemcachePool::getversion req=0 total=0 static=0 final=0 abstract=0 public=1 byref=[] return=string|bool
MemcachePool::add req=1 total=5 static=0 final=0 abstract=0 public=1 byref=[] return=bool
MemcachePool::set req=1 total=5 static=0 final=0 abstract=0 public=1 byref=[] return=bool
MemcachePool::replace req=1 total=5 static=0 final=0 abstract=0 public=1 byref=[] return=bool
MemcachePool::cas req=1 total=5 static=0 final=0 abstract=0 public=1 byref=[] return=bool
MemcachePool::append req=1 total=5 static=0 final=0 abstract=0 public=1 byref=[] return=bool
MemcachePool::prepend req=1 total=5 static=0 final=0 abstract=0 public=1 byref=[] return=bool
MemcachePool::get req=1 total=3 static=0 final=0 abstract=0 public=1 byref=[flags,cas] return=mixed
MemcachePool::delete req=1 total=2 static=0 final=0 abstract=0 public=1 byref=[] return=array|bool
MemcachePool::getstats req=0 total=3 static=0 final=0 abstract=0 public=1 byref=[] return=array|bool
MemcachePool::getextendedstats req=0 total=3 static=0 final=0 abstract=0 public=1 byref=[] return=array|bool
MemcachePool::setcompressthreshold req=1 total=2 static=0 final=0 abstract=0 public=1 byref=[] return=bool
MemcachePool::increment req=1 total=4 static=0 final=0 abstract=0 public=1 byref=[] return=array|int|bool
MemcachePool::decrement req=1 total=4 static=0 final=0 abstract=0 public=1 byref=[] return=array|int|bool
MemcachePool::close req=0 total=0 static=0 final=0 abstract=0 public=1 byref=[] return=bool
MemcachePool::flush req=0 total=1 static=0 final=0 abstract=0 public=1 byref=[] return=bool
MemcachePool::setSaslAuthData req=2 total=2 static=0 final=0 abstract=0 public=1 byref=[] return=bool
MemcachePool::remember req=2 total=5 static=0 final=0 abstract=0 public=1 byref=[] return=mixed
MemcachePool::invalidate req=1 total=1 static=0 final=0 abstract=0 public=1 byref=[] return=bool
string(12) "MemcachePool"
string(8) "Memcache"
string(12) "MemcachePool"
string(12) "MemcachePool"
bool(false)
bool(true)
