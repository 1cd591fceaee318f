--TEST--
session redundancy: a dead server in the save path loses nothing, whether it comes first or second in a session's chain
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
// Spec §8.4 / §8.5: unreachable servers are skipped by the read; the write succeeds on the live server. The
// dead server (MEMCACHE_REFUSED_PORT, nothing listens) still takes part in the hashing, so for some ids it is
// the first chain server. Each id gets three requests; no warning or notice is expected (the session pool has
// no failure notices). Both orders of the two servers in the path are tried.
ob_start();
require __DIR__ . '/../config.inc';
require __DIR__ . '/session.inc';
$live = "$host:$port";
$dead = "$host:$refused_port";
foreach (['live, dead' => [$live, $dead], 'dead, live' => [$dead, $live]] as $order => $servers) {
    ini_set('session.save_path', "tcp://$servers[0], tcp://$servers[1]");
    $ids = [];
    $per = ['dead first' => 0, 'live first' => 0];
    for ($i = 0; min($per) < 2; $i++) {
        $key = session_servers_for($servers, "sess-dead-$i", 2)[0] === $dead ? 'dead first' : 'live first';
        if ($per[$key]++ < 2) $ids[] = ["sess-dead-$i", $key];
    }
    usort($ids, fn($x, $y) => strcmp($x[1], $y[1]));
    foreach ($ids as [$id, $label]) {
        session_raw_cleanup([$live], $id);
        $reads = [];
        for ($r = 0; $r < 3; $r++) {
            session_id($id);
            session_start();
            $reads[] = $_SESSION['n'] ?? 0;
            $_SESSION['n'] = end($reads) + 1;
            session_write_close();
        }
        echo "$order, $label: read ", implode(' ', $reads), "; stored ", session_raw_show($live, $id), "\n";
        session_raw_cleanup([$live], $id);
    }
}
?>
--EXPECT--
live, dead, dead first: read 0 1 2; stored 'n|i:3;'
live, dead, dead first: read 0 1 2; stored 'n|i:3;'
live, dead, live first: read 0 1 2; stored 'n|i:3;'
live, dead, live first: read 0 1 2; stored 'n|i:3;'
dead, live, dead first: read 0 1 2; stored 'n|i:3;'
dead, live, dead first: read 0 1 2; stored 'n|i:3;'
dead, live, live first: read 0 1 2; stored 'n|i:3;'
dead, live, live first: read 0 1 2; stored 'n|i:3;'
