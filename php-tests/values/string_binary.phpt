--TEST--
strings are stored byte-exact with flags 0 (binary data, NULs, CR/LF, protocol text, numeric-looking strings) and round-trip
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
$p = 'values_string_binary_';
$all = '';
for ($i = 0; $i < 256; $i++) $all .= chr($i);
$cases = [
    'empty'   => '',
    'plain'   => 'hello',
    'nul'     => "bin\0ary\0",
    'crlf'    => "line1\r\nline2\r\n",
    'proto'   => "\r\nEND\r\nVALUE x 0 1\r\n",
    'digits'  => '123',
    'float'   => '1.5',
    'spaces'  => '  ',
    'utf8'    => "h\u{e9}llo \u{1F600}",
    'all'     => $all,
];
foreach ($cases as $name => $v) {
    var_dump($m->set($p . $name, $v));
    $it = raw_item($p . $name);
    echo $name, ': flags=', $it[0], ' bytes-identical=', var_export($it[1] === $v, true), "\n";
    $flags = null;
    $got = $m->get($p . $name, $flags);
    var_dump($got === $v, $flags);
}
$r = $m->get(array_map(fn($n) => $p . $n, array_keys($cases)));
var_dump(count($r), array_values($r) === array_values($cases));
echo raw_show($p . 'nul'), "\n", raw_show($p . 'proto'), "\n";
foreach ($cases as $name => $v) $m->delete($p . $name);
?>
--EXPECT--
bool(true)
empty: flags=0 bytes-identical=true
bool(true)
int(0)
bool(true)
plain: flags=0 bytes-identical=true
bool(true)
int(0)
bool(true)
nul: flags=0 bytes-identical=true
bool(true)
int(0)
bool(true)
crlf: flags=0 bytes-identical=true
bool(true)
int(0)
bool(true)
proto: flags=0 bytes-identical=true
bool(true)
int(0)
bool(true)
digits: flags=0 bytes-identical=true
bool(true)
int(0)
bool(true)
float: flags=0 bytes-identical=true
bool(true)
int(0)
bool(true)
spaces: flags=0 bytes-identical=true
bool(true)
int(0)
bool(true)
utf8: flags=0 bytes-identical=true
bool(true)
int(0)
bool(true)
all: flags=0 bytes-identical=true
bool(true)
int(0)
int(10)
bool(true)
flags=0 len=8 data=bin\x00ary\x00
flags=0 len=20 data=\x0d\x0aEND\x0d\x0aVALUE x 0 1\x0d\x0a
