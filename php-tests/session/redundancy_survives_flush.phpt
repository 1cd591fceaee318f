--TEST--
session redundancy: with two servers and session_redundancy=2 a session survives losing either server's copy, one at a time between requests (8.0 fails this)
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
session.save_handler=memcache
session.use_cookies=0
session.cache_limiter=
memcache.session_redundancy=2
--FILE--
<?php
// Spec §8.4 / §8.6: a read that gets the lock but finds no data on a chain server moves on to the next one
// (the redundant copy); the write puts the data back on both. A server "loses" its copy by a raw delete of
// the key and the lock on that server only, which is what a flush or a restart of it does to this session
// (a real flush_all would disturb other tests running at the same time).
// Two ids have the first daemon first in their chain, two the second, so both orders are covered.
// The Debian 8.0 build has the "session redundancy bug": its read never moves on, so after the first chain
// server lost its copy the session reads back empty (and that empty session is then written to both).
ob_start();
require __DIR__ . '/../config.inc';
require __DIR__ . '/session.inc';
$servers = ["$host:$port", "$host:$port2"];
ini_set('session.save_path', "tcp://$host:$port, tcp://$host:$port2");
$ids = [];
$per = array_fill_keys($servers, 0);
for ($i = 0; min($per) < 2; $i++) {
    $first = session_servers_for($servers, "sess-survive-$i", 2)[0];
    $label = $first === $servers[0] ? 'first daemon first' : 'second daemon first';
    if ($per[$first]++ < 2) $ids[] = ["sess-survive-$i", $label];
}
$request = function (string $id): string {
    session_id($id);
    session_start();
    $n = $_SESSION['n'] ?? 0;
    $_SESSION['n'] = $n + 1;
    session_write_close();
    return (string)$n;
};
$lines = [];
foreach ($ids as [$id, $label]) {
    session_raw_cleanup($servers, $id);
    $reads = [$request($id)];
    foreach ([0, 1, 0, 1] as $lost) {
        session_raw_cleanup([$servers[$lost]], $id);
        $reads[] = $request($id);
    }
    $stored = array_map(fn($s) => session_raw_show($s, $id), $servers);
    $lines[] = "$label: read " . implode(' ', $reads) . "; stored " . implode(' ', $stored) . "\n";
    session_raw_cleanup($servers, $id);
}
sort($lines);
echo implode('', $lines);
?>
--EXPECT--
first daemon first: read 0 1 2 3 4; stored 'n|i:5;' 'n|i:5;'
first daemon first: read 0 1 2 3 4; stored 'n|i:5;' 'n|i:5;'
second daemon first: read 0 1 2 3 4; stored 'n|i:5;' 'n|i:5;'
second daemon first: read 0 1 2 3 4; stored 'n|i:5;' 'n|i:5;'
