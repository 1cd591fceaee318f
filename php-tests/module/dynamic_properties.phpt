--TEST--
Dynamic properties: no "Creation of dynamic property" deprecation, neither for user properties nor for ->connection
--DESCRIPTION--
Spec §1: both classes allow dynamic properties (no PHP 8.2 deprecation notice), and the extension's own
properties (connection, username, password, _failureCallback) are created without one.
The 8.0 oracle emits "Deprecated: Creation of dynamic property Memcache::$foo is deprecated" for each of them
on PHP 8.2; this is a documented 8.0-vs-8.2 difference, so the oracle fails this test on purpose.
No I/O: the server is added lazily on a port where nothing listens.
The expected output differs by PHP version only in PHP's own var_dump() of the Closure (8.4 shows its name,
file and line), as it does for the C extension: expect_version.inc holds one expectation per version.
--INI--
error_reporting=E_ALL
--FILE--
<?php
require __DIR__ . '/../config.inc';
require __DIR__ . '/../expect_version.inc';
expect_by_version([
    '8.2' => <<<'EXP'
    bool(true)
    bool(true)
    bool(true)
    bool(true)
    bool(true)

    Notice: memcache_connect(): Server %s (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d

    Warning: memcache_connect(): Can't connect to %s:%d, Connection failed: Connection refused (111) in %s on line %d
    bool(false)
    object(Memcache)#1 (3) {
      ["foo"]=>
      int(1)
      ["bar baz"]=>
      int(2)
      ["connection"]=>
      resource(%d) of type (memcache connection)
    }
    object(MemcachePool)#2 (5) {
      ["foo"]=>
      int(3)
      ["connection"]=>
      resource(%d) of type (memcache connection)
      ["username"]=>
      string(4) "user"
      ["password"]=>
      string(4) "pass"
      ["_failureCallback"]=>
      object(Closure)#4 (0) {
      }
    }
    object(Memcache@anonymous)#3 (3) {
      ["foo"]=>
      int(4)
      ["username"]=>
      string(2) "u2"
      ["password"]=>
      string(2) "p2"
    }
    bool(true)
    bool(true)
    object(Memcache)#1 (1) {
      ["bar baz"]=>
      int(2)
    }
    EXP,
    '8.4' => <<<'EXP'
    bool(true)
    bool(true)
    bool(true)
    bool(true)
    bool(true)

    Notice: memcache_connect(): Server %s (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d

    Warning: memcache_connect(): Can't connect to %s:%d, Connection failed: Connection refused (111) in %s on line %d
    bool(false)
    object(Memcache)#1 (3) {
      ["foo"]=>
      int(1)
      ["bar baz"]=>
      int(2)
      ["connection"]=>
      resource(%d) of type (memcache connection)
    }
    object(MemcachePool)#2 (5) {
      ["foo"]=>
      int(3)
      ["connection"]=>
      resource(%d) of type (memcache connection)
      ["username"]=>
      string(4) "user"
      ["password"]=>
      string(4) "pass"
      ["_failureCallback"]=>
      object(Closure)#4 (3) {
        ["name"]=>
        string(%d) "{closure:%s:%d}"
        ["file"]=>
        string(%d) "%s"
        ["line"]=>
        int(%d)
      }
    }
    object(Memcache@anonymous)#3 (3) {
      ["foo"]=>
      int(4)
      ["username"]=>
      string(2) "u2"
      ["password"]=>
      string(2) "p2"
    }
    bool(true)
    bool(true)
    object(Memcache)#1 (1) {
      ["bar baz"]=>
      int(2)
    }
    EXP,
]);
$m = new Memcache;
$m->foo = 1;
$m->{'bar baz'} = 2;
$p = new MemcachePool;
$p->foo = 3;
$s = new class extends Memcache {};
$s->foo = 4;
var_dump($m->addServer($host, $refused_port));
var_dump($p->addServer($host, $refused_port));
var_dump($p->setSaslAuthData('user', 'pass'));
var_dump($p->setFailureCallback(function () {}));
var_dump($s->setSaslAuthData('u2', 'p2'));
$c = memcache_connect($host, $refused_port);
var_dump($c);
var_dump($m, $p, $s);
var_dump(property_exists($m, 'connection'), isset($m->connection));
unset($m->connection, $m->foo);
var_dump($m);
?>
--EXPECT--
output: as expected for this PHP version
