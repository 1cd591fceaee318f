--TEST--
session interop: sessions written by this extension are read by the C extension (same keys, placement, flags and data)
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
// This process writes the sessions on a two-server path with session_redundancy=1 (each on one server, spec
// §8.3); a child process running the C extension (oracle_command(), peer.php) reads them, so it must look on
// the same server. Ids ending in "-big" are stored compressed. The lock must be released (0) for the child:
// a lock left at 1 would make it wait 2 x lock_timeout and read nothing.
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
    $s = session_servers_for($servers, "sess-interop-u2o-$i", 1)[0];
    if ($per[$s]++ < 4) $ids[] = "sess-interop-u2o-$i";
}
$ids[] = 'sess-interop-u2o-big';
$summary = function (string $out): void {   // "<id>: ok" lines are counted, anything else is shown
    $counts = [];
    foreach (explode("\n", trim($out)) as $line) {
        if (preg_match('/^sess-interop-\S+: (ok|written)$/', $line, $m)) $counts[$m[1]] = ($counts[$m[1]] ?? 0) + 1;
        else echo $line, "\n";
    }
    foreach ($counts as $k => $n) echo "$k: $n\n";
};
foreach ($ids as $id) session_raw_cleanup($servers, $id);
ini_set('session.save_path', $path);
foreach ($ids as $id) {
    session_id($id);
    session_start();
    $_SESSION = session_peer_data($id);
    session_write_close();
}
$on = array_map(fn($id) => count(array_filter($servers, fn($s) => session_raw_get($s, $id) !== null)), $ids);
echo "sessions on exactly one server: ", count(array_filter($on, fn($n) => $n === 1)), "\n";
$big = 'sess-interop-u2o-big';
echo "big stored with flags ", session_raw_get(session_servers_for($servers, $big, 1)[0], $big)[0], "\n";
$cmd = oracle_command() . ' -d memcache.lock_timeout=1 ' . escapeshellarg(__DIR__ . '/peer.php') . ' read '
     . escapeshellarg($path) . ' 1 ' . implode(' ', array_map('escapeshellarg', $ids)) . ' 2>&1';
$summary((string)shell_exec($cmd));
foreach ($ids as $id) session_raw_cleanup($servers, $id);
?>
--EXPECT--
sessions on exactly one server: 9
big stored with flags 2
peer: done
ok: 9
