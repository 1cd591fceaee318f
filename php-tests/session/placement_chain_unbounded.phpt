--TEST--
session placement: the walk for redundant copies is not limited by memcache.max_failover_attempts
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
session.save_handler=memcache
session.use_cookies=0
session.cache_limiter=
memcache.max_failover_attempts=1
memcache.session_redundancy=2
--FILE--
<?php
// Observed with the C extension (8.0); spec §8.3 only says that each step continues the "<key>-N" chain and
// skips servers already used. Even with max_failover_attempts=1 every session reaches both servers: the walk
// goes on ("<key>-1", "<key>-2", ...) until it finds a server not used yet. (Userland failover, §6.4, is the
// one that stops after max_failover_attempts suffixes.) With three servers and the default of 20, some keys
// need "<key>-20" or later (placement_three_servers.phpt).
ob_start();
require __DIR__ . '/../config.inc';
require __DIR__ . '/session.inc';
$servers = ["$host:$port", "$host:$port2"];
ini_set('session.save_path', "tcp://$host:$port, tcp://$host:$port2");
$both = 0;
for ($i = 0; $i < 40; $i++) {
    $id = "sess-unbounded-$i";
    session_raw_cleanup($servers, $id);
    session_id($id);
    session_start();
    $_SESSION['i'] = $i;
    session_write_close();
    if (count(array_filter($servers, fn($s) => session_raw_get($s, $id) !== null)) === 2) $both++;
    session_raw_cleanup($servers, $id);
}
echo "sessions on both servers: $both of 40\n";
?>
--EXPECT--
sessions on both servers: 40 of 40
