--TEST--
session interop: sessions written by the C extension are read by this extension (same keys, placement, flags and data)
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc';
if (oracle_command() === null) die('skip C reference extension (php' . PHP_MAJOR_VERSION . '.' . PHP_MINOR_VERSION . '-memcache) not installed'); ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
session.save_handler=memcache
session.use_cookies=0
session.cache_limiter=
memcache.session_redundancy=1
--FILE--
<?php
// A child process running the C extension (oracle_command(), peer.php) writes the sessions on a two-server
// path with session_redundancy=1, so every session is on one server only and this extension must pick the
// same server (spec §8.3). Ids ending in "-big" are stored compressed.
ob_start();
require __DIR__ . '/../config.inc';
require __DIR__ . '/session.inc';
require __DIR__ . '/peer_data.inc';
$servers = ["$host:$port", "$host:$port2"];
$path = "tcp://$host:$port, tcp://$host:$port2";
// Four ids whose session lives on each server (chosen with the §8.3 placement), and one big one.
$ids = [];
$per = array_fill_keys($servers, 0);
for ($i = 0; min($per) < 4; $i++) {
    $s = session_servers_for($servers, "sess-interop-o2u-$i", 1)[0];
    if ($per[$s]++ < 4) $ids[] = "sess-interop-o2u-$i";
}
$ids[] = 'sess-interop-o2u-big';
$summary = function (string $out): void {   // "<id>: ok" lines are counted, anything else is shown
    $counts = [];
    foreach (explode("\n", trim($out)) as $line) {
        if (preg_match('/^sess-interop-\S+: (ok|written)$/', $line, $m)) $counts[$m[1]] = ($counts[$m[1]] ?? 0) + 1;
        else echo $line, "\n";
    }
    foreach ($counts as $k => $n) echo "$k: $n\n";
};
foreach ($ids as $id) session_raw_cleanup($servers, $id);
$cmd = oracle_command() . ' ' . escapeshellarg(__DIR__ . '/peer.php') . ' write ' . escapeshellarg($path) . ' 1 '
     . implode(' ', array_map('escapeshellarg', $ids)) . ' 2>&1';
$summary((string)shell_exec($cmd));
$where = [];
foreach ($ids as $id) {
    $on = array_keys(array_filter($servers, fn($s) => session_raw_get($s, $id) !== null));
    $where[count($on) === 1 ? 'on one server' : 'on ' . count($on) . ' servers'][] = $id;
}
echo implode(', ', array_map(fn($k) => "$k: " . count($where[$k]), array_keys($where))), "\n";
$big = 'sess-interop-o2u-big';
echo "big stored with flags ", session_raw_get(session_servers_for($servers, $big, 1)[0], $big)[0], "\n";
ini_set('session.save_path', $path);
$out = '';
foreach ($ids as $id) {
    session_id($id);
    session_start();
    $out .= session_peer_check($id, $_SESSION) . "\n";
    session_write_close();
}
$summary($out);
foreach ($ids as $id) session_raw_cleanup($servers, $id);
?>
--EXPECT--
peer: done
written: 9
on one server: 9
big stored with flags 2
ok: 9
