--TEST--
A server that keeps sending bytes without a line end: a "Line too long" notice and false after 8 KiB, no hang, no growing buffer (§7.3)
--DESCRIPTION--
The reply to a get is "VALUE failure_hostile_endless_line 0 5" followed by 'x' for ever (the server
writes as fast as the client reads, so the read timeout never fires). A line longer than
protocol::MAX_LINE (8192 bytes) is an error, whatever Expect is pending.
The C reference (pecl/memcache 8.0) hangs here: it was still waiting, with no notice, when killed after
30 s (its memory stayed flat). The sane behaviour is expected.
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--INI--
memcache.protocol=ascii
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/hostile_server.inc';
$timeout = 2.0;  // never reached: each failure is detected at once
foreach (['get', 'set', 'version'] as $op) {
    echo "--- $op\n";
    $srv = hostile_server_start('endless', $op === 'version' ? 'VERSION ' : 'VALUE failure_hostile_endless_line 0 5');
    $p = new MemcachePool;
    $p->addServer('127.0.0.1', $srv['port'], 0, false, 1, $timeout);
    $t = microtime(true);
    var_dump(match ($op) {
        'get' => $p->get('failure_hostile_endless_line'),
        'set' => $p->set('failure_hostile_endless_line', 'v'),
        'version' => $p->getVersion(),
    });
    var_dump(microtime(true) - $t < $timeout);
    var_dump($p->getServerStatus('127.0.0.1', $srv['port']));
    $p->close();
    var_dump(hostile_server_finish($srv) > 8192);
}
var_dump(peak_rss() < 64 << 20 ?: peak_rss());
?>
--EXPECTF--
--- get

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Line too long (0) in %s on line %d
bool(false)
bool(true)
int(0)
bool(true)
--- set

Notice: MemcachePool::set(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Line too long (0) in %s on line %d
bool(false)
bool(true)
int(0)
bool(true)
--- version

Notice: MemcachePool::getversion(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Line too long (0) in %s on line %d
bool(false)
bool(true)
int(0)
bool(true)
bool(true)
