--TEST--
decoding ignores bytes after a complete zlib stream or serialized value (so append() to such items is invisible), but not a gzip/raw-deflate payload or prepended bytes
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
// E_DEPRECATED is masked (--INI--) only because the 8.0 oracle emits "Creation of dynamic property
// Memcache::$connection is deprecated" on PHP 8.2; 8.2 (spec §1) must not emit it at all.
require __DIR__ . '/../config.inc';
require __DIR__ . '/raw.inc';
$m = test_memcache();
$p = 'values_decode_trailing_bytes_';
// zlib stream followed by junk: the junk is ignored
var_dump(raw_set($p . 'z', 2, gzcompress('hello') . 'garbage'));
var_dump($m->get($p . 'z'));
var_dump(raw_set($p . 'zs', 3, gzcompress(serialize([1])) . 'garbage'));
var_dump($m->get($p . 'zs'));
// serialized value followed by junk: the junk is ignored
var_dump(raw_set($p . 's', 1, 'a:1:{i:0;i:1;}junk'));
var_dump($m->get($p . 's'));
// hence append() to a compressed item changes the stored bytes but not the value read
$v = str_repeat('a', 20000);
var_dump($m->set($p . 'big', $v), $m->append($p . 'big', 'TAIL'));
$it = raw_item($p . 'big');
echo 'flags=', $it[0], ' len=', strlen($it[1]), ' ends-with-tail=', var_export(str_ends_with($it[1], 'TAIL'), true), "\n";
var_dump($m->get($p . 'big') === $v);
// prepend breaks the zlib header
var_dump($m->prepend($p . 'big', 'HEAD'));
var_dump($m->get($p . 'big'));
// only zlib (RFC 1950) is accepted: gzip and raw deflate fail
var_dump(raw_set($p . 'gz', 2, gzencode('hello')), $m->get($p . 'gz'));
var_dump(raw_set($p . 'raw', 2, gzdeflate('hello')), $m->get($p . 'raw'));
// high compression ratios inflate fine
var_dump(raw_set($p . 'ratio', 2, gzcompress(str_repeat('a', 1100000))));
var_dump(strlen(raw_item($p . 'ratio')[1]), $m->get($p . 'ratio') === str_repeat('a', 1100000));
foreach (['z', 'zs', 's', 'big', 'gz', 'raw', 'ratio'] as $s) $m->delete($p . $s);
?>
--EXPECTF--
string(6) "STORED"
string(5) "hello"
string(6) "STORED"
array(1) {
  [0]=>
  int(1)
}
string(6) "STORED"
array(1) {
  [0]=>
  int(1)
}
bool(true)
bool(true)
flags=2 len=47 ends-with-tail=true
bool(true)
bool(true)

Notice: MemcachePool::get(): Failed to uncompress data in %s on line %d
bool(false)

Notice: MemcachePool::get(): Failed to uncompress data in %s on line %d
string(6) "STORED"
bool(false)

Notice: MemcachePool::get(): Failed to uncompress data in %s on line %d
string(6) "STORED"
bool(false)
string(6) "STORED"
int(1090)
bool(true)
