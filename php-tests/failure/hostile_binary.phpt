--TEST--
Hostile binary responses (bad magic, text, lengths that disagree, no flags, 2 and 3 GiB bodies, cut short, silence): a notice and false within the timeout, nothing allocated by the claim (§7.4)
--DESCRIPTION--
Each get under memcache.protocol=binary meets one broken response. A header that cannot be right is
rejected as soon as it arrives; only a server that stops sending costs the timeout.
The C reference (pecl/memcache 8.0) differs on most of them, and the sane behaviour is expected:
* request magic 0x80: the same notice;
* "ERROR\r\n" (an ASCII-only server): it waits, "Network timeout (0)" after the timeout;
* key length 10 + extras 4 in a body of 6: it reads past the body and returns garbage (int(0) for this
  body; "Failed to unserialize data" and false for others), and the server stays up;
* a hit without its 4-byte flags: "Network timeout (0)";
* body length 2 GiB or 3 GiB: it allocates by the claim and dies, "Hard memory limit of 268435456 bytes
  exhausted (tried to allocate 3221225472 bytes)", exit status 137;
* a body cut short then closed: "Read failed (socket was unexpectedly closed) (0)", as here;
* cut short then silence, or silence: "Network timeout (0)" after the timeout, as here.
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--INI--
memcache.protocol=binary
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/hostile_server.inc';
$timeout = 0.5;
/** A response header: magic, opcode GET, key length, extras length, status 0, body length. */
function header_bytes(int $magic, int $key_len, int $extras_len, int $body_len): string {
    return pack('CCnCCnNNJ', $magic, 0x00, $key_len, $extras_len, 0, 0, $body_len, 0, 0);
}
$cases = [
    'request magic' => ['reply', header_bytes(0x80, 0, 4, 5) . "\0\0\0\0x"],
    'text reply' => ['reply', "ERROR\r\n"],
    'lengths disagree' => ['reply', header_bytes(0x81, 10, 4, 6) . 'abcdef'],
    'no flags' => ['reply', header_bytes(0x81, 0, 0, 3) . 'abc'],
    'body 2 GiB' => ['reply', header_bytes(0x81, 0, 4, 0x7fffffff) . "\0\0\0\0abc"],
    'body 3 GiB' => ['reply', header_bytes(0x81, 0, 4, 0xc0000000) . "\0\0\0\0abc"],
    'cut short, closed' => ['reply_close', header_bytes(0x81, 0, 4, 100) . "\0\0\0\0abc"],
    'cut short, silence' => ['reply', header_bytes(0x81, 0, 4, 100) . "\0\0\0\0abc"],
    'silence' => ['silent', ''],
];
foreach ($cases as $name => [$mode, $bytes]) {
    echo "--- $name\n";
    $srv = hostile_server_start($mode, $bytes);
    $p = new MemcachePool;
    $p->addServer('127.0.0.1', $srv['port'], 0, false, 1, $timeout);
    $t = microtime(true);
    var_dump($p->get('failure_hostile_binary'));
    var_dump(microtime(true) - $t < $timeout + 1.0);
    var_dump($p->getServerStatus('127.0.0.1', $srv['port']));
    $p->close();
    hostile_server_finish($srv);
}
var_dump(peak_rss() < 64 << 20 ?: peak_rss());
?>
--EXPECTF--
--- request magic

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Malformed server response (invalid magic byte) (0) in %s on line %d
bool(false)
bool(true)
int(0)
--- text reply

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Malformed server response (invalid magic byte) (0) in %s on line %d
bool(false)
bool(true)
int(0)
--- lengths disagree

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Malformed server response (0) in %s on line %d
bool(false)
bool(true)
int(0)
--- no flags

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Malformed server response (0) in %s on line %d
bool(false)
bool(true)
int(0)
--- body 2 GiB

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Malformed server response (0) in %s on line %d
bool(false)
bool(true)
int(0)
--- body 3 GiB

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Malformed server response (0) in %s on line %d
bool(false)
bool(true)
int(0)
--- cut short, closed

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Read failed (socket was unexpectedly closed) (0) in %s on line %d
bool(false)
bool(true)
int(0)
--- cut short, silence

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Network timeout (0) in %s on line %d
bool(false)
bool(true)
int(0)
--- silence

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Network timeout (0) in %s on line %d
bool(false)
bool(true)
int(0)
bool(true)
