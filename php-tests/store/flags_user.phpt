--TEST--
flags: MEMCACHE_USER1..4 and other high bits are stored and returned by get()'s &$flags, truncated to 32 bits
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
// E_DEPRECATED is masked (--INI--) only because the 8.0 oracle emits "Creation of dynamic property
// Memcache::$connection is deprecated" on PHP 8.2; 8.2 (spec §1) must not emit it at all.
require __DIR__ . '/../config.inc';
$m = test_memcache();
$k = "store_flags_user";
var_dump(MEMCACHE_USER1, MEMCACHE_USER2, MEMCACHE_USER3, MEMCACHE_USER4, MEMCACHE_COMPRESSED);
foreach ([MEMCACHE_USER1, MEMCACHE_USER2, MEMCACHE_USER3, MEMCACHE_USER4, MEMCACHE_USER1 | MEMCACHE_USER4, 0x7FFF0000, 0xFFFF0000, -65536, (1 << 32) | MEMCACHE_USER2, 1 << 32, 0] as $fl) {
    $f = null;
    echo $fl, ": ";
    var_dump($m->set($k, "v", $fl));
    var_dump($m->get($k, $f), $f);
}
// type bits are ORed in: an int gets 0x300, a float 0x700, a bool 0x100, an array 0x1
foreach ([7, 7.5, true, [7]] as $v) {
    $m->set($k, $v, MEMCACHE_USER2);
    $m->get($k, $f);
    printf("%s: 0x%x\n", gettype($v), $f);
}
// MEMCACHE_COMPRESSED on a short value is dropped from the stored flags, user bits stay
var_dump($m->set($k, "short", MEMCACHE_USER1 | MEMCACHE_COMPRESSED));
var_dump($m->get($k, $f), $f);
// numeric strings / floats / bools are coerced like PHP ints
var_dump($m->set($k, "v", "131072"), $m->get($k, $f), $f);
var_dump($m->set($k, "v", 65536.9), $m->get($k, $f), $f);
var_dump($m->set($k, "v", false), $m->get($k, $f), $f);
var_dump($m->set($k, "v", null), $m->get($k, $f), $f);
$m->delete($k);
?>
--EXPECT--
int(65536)
int(131072)
int(262144)
int(524288)
int(2)
65536: bool(true)
string(1) "v"
int(65536)
131072: bool(true)
string(1) "v"
int(131072)
262144: bool(true)
string(1) "v"
int(262144)
524288: bool(true)
string(1) "v"
int(524288)
589824: bool(true)
string(1) "v"
int(589824)
2147418112: bool(true)
string(1) "v"
int(2147418112)
4294901760: bool(true)
string(1) "v"
int(4294901760)
-65536: bool(true)
string(1) "v"
int(4294901760)
4295098368: bool(true)
string(1) "v"
int(131072)
4294967296: bool(true)
string(1) "v"
int(0)
0: bool(true)
string(1) "v"
int(0)
integer: 0x20300
double: 0x20700
boolean: 0x20100
array: 0x20001
bool(true)
string(5) "short"
int(65536)
bool(true)
string(1) "v"
int(131072)
bool(true)
string(1) "v"
int(65536)
bool(true)
string(1) "v"
int(0)
bool(true)
string(1) "v"
int(0)
