--TEST--
meta wire bytes: every single-key operation as a meta command (mg/ms/md/ma) with the flags and bytes ASCII stores; flush_all, version and stats stay classic (issue 14)
--DESCRIPTION--
A scripted server records the requests and answers as memcached 1.6.18 does. ms carries the flags word (type
bits included) as F and the exptime as T, truncated to 32 bits as ASCII sends it; add/replace/append/prepend are
modes E/R/A/P, cas is C<cas>. Replies map to the ASCII results: NS and EX are false, NF is false for delete and
incr. incr/decr are ma with D<delta> (and MD), never an initial value.
--INI--
memcache.protocol=meta
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/../failure/fake_server.inc';
$srv = fake_server_start([
    "HD\r\n", "HD\r\n", "NS\r\n", "HD\r\n", "HD\r\n", "EX\r\n", "HD\r\n", "NS\r\n",
    "VA 3 f0\r\nabc\r\n", "EN\r\n", "VA 2 f768 c77\r\n42\r\n",
    "HD\r\n", "NF\r\n",
    "VA 2\r\n15\r\n", "VA 1\r\n0\r\n", "NF\r\n", "CLIENT_ERROR cannot increment or decrement non-numeric value\r\n",
    "OK\r\n", "VERSION 1.6.18\r\n", "STAT pid 7\r\nEND\r\n",
]);
$m = new MemcachePool;
$m->addServer('127.0.0.1', $srv['port']);
var_dump($m->set('w_a', 'v'));
var_dump($m->set('w b', 5, MEMCACHE_USER1, -1));
var_dump($m->add('w_c', true, 0, 100));
var_dump($m->replace('w_d', 1.5, MEMCACHE_USER2, (1 << 32) + 100));
var_dump($m->append('w_e', 'tail', MEMCACHE_USER1, 50));
var_dump($m->cas('w_f', ['x'], 0, 30, 0x123456789));
var_dump($m->prepend('w_g', 'head'));
var_dump($m->set('w_h', 'v', 0, 0, 1234));
var_dump($m->get('w_a'));
var_dump($m->get('w_x'));
var_dump($m->get('w_i', $flags, $cas), $flags, $cas);
var_dump($m->delete('w_a'));
var_dump($m->delete('w_x'));
var_dump($m->increment('w_n', 5));
var_dump($m->decrement('w_n', 100, 7, 60));
var_dump($m->increment('w_x'));
var_dump($m->increment('w_a'));
var_dump($m->flush());
var_dump($m->getVersion());
var_dump($m->getStats());
$m->close();
fake_server_dump(fake_server_finish($srv));
?>
--EXPECTF--
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
string(3) "abc"
bool(false)
int(42)
int(768)
int(77)
bool(true)
bool(false)
int(15)
int(0)
bool(false)

Notice: MemcachePool::increment(): Server 127.0.0.1 (tcp %d, udp 0) failed with: CLIENT_ERROR cannot increment or decrement non-numeric value (6) in %s on line %d
bool(false)
bool(true)
string(6) "1.6.18"
array(1) {
  ["pid"]=>
  string(1) "7"
}
req 0: ms w_a 1 F0 T0\r\nv\r\n
req 1: ms w_b 1 F66304 T4294967295\r\n5\r\n
req 2: ms w_c 1 F256 T100 ME\r\n1\r\n
req 3: ms w_d 3 F132864 T100 MR\r\n1.5\r\n
req 4: ms w_e 4 F65536 T50 MA\r\ntail\r\n
req 5: ms w_f 18 F1 T30 C4886718345\r\na:1:{i:0;s:1:"x";}\r\n
req 6: ms w_g 4 F0 T0 MP\r\nhead\r\n
req 7: ms w_h 1 F0 T0\r\nv\r\n
req 8: mg w_a v f\r\n
req 9: mg w_x v f\r\n
req 10: mg w_i v f c\r\n
req 11: md w_a\r\n
req 12: md w_x\r\n
req 13: ma w_n v D5\r\n
req 14: ma w_n v D100 MD\r\n
req 15: ma w_x v D1\r\n
req 16: ma w_a v D1\r\n
req 17: flush_all\r\n
req 18: version\r\n
req 19: stats\r\n
