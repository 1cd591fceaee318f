--TEST--
session placement: with three servers (two TCP, one unix socket) a session is on its first session_redundancy chain servers (at most all three)
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc';
if (!file_exists($sock)) die("skip no memcached on unix socket $sock"); ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
session.save_handler=memcache
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
// Spec §8.3: the server for "<key>-0", then the next distinct server along "<key>-1", "<key>-2", ...,
// min(session_redundancy, number of servers) servers in all.
// The unix socket server takes part in the hash as "unix://<path>:0" (its name with port 0, §6.4).
ob_start();
require __DIR__ . '/../config.inc';
require __DIR__ . '/session.inc';
$names = ["$host:$port", "$host:$port2", "unix://$sock:0"];
$raw = ["$host:$port", "$host:$port2", $sock];
ini_set('session.save_path', "tcp://$host:$port, tcp://$host:$port2, unix://$sock");
foreach ([2, 5] as $redundancy) {
    ini_set('memcache.session_redundancy', $redundancy);
    $results = [];
    for ($i = 0; $i < 30; $i++) {
        $id = "sess-three-$i";
        session_raw_cleanup($raw, $id);
        session_id($id);
        session_start();
        $_SESSION['i'] = $i;
        session_write_close();
        $on = [];
        foreach ($raw as $j => $r) if (session_raw_get($r, $id) !== null) $on[] = $names[$j];
        $expected = session_servers_for($names, $id, $redundancy);
        sort($expected);
        sort($on);
        $results[] = $on === $expected ? 'on its ' . count($on) . ' chain servers'
            : "$id: on " . json_encode($on) . ", expected " . json_encode($expected);
        session_raw_cleanup($raw, $id);
    }
    echo "session_redundancy=$redundancy: ", json_encode(array_count_values($results)), "\n";
}
?>
--EXPECT--
session_redundancy=2: {"on its 2 chain servers":30}
session_redundancy=5: {"on its 3 chain servers":30}
