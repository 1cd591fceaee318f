--TEST--
session placement follows memcache.hash_strategy and memcache.hash_function as set when the session is opened
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
session.save_handler=memcache
session.use_cookies=0
session.cache_limiter=
memcache.session_redundancy=1
--FILE--
<?php
// Spec §8.1 (the session pool takes hash settings from INI at open time) with §8.3 / §6.4: for each
// combination, set at runtime before session_start(), every session is on the server for "<id>-0" under that
// strategy and hash function (computed in session.inc).
ob_start();
require __DIR__ . '/../config.inc';
require __DIR__ . '/session.inc';
$servers = ["$host:$port", "$host:$port2"];
ini_set('session.save_path', "tcp://$host:$port, tcp://$host:$port2");
foreach (['consistent', 'standard'] as $strategy) {
    foreach (['crc32', 'fnv'] as $fn) {
        ini_set('memcache.hash_strategy', $strategy);
        ini_set('memcache.hash_function', $fn);
        $results = [];
        for ($i = 0; $i < 16; $i++) {
            $id = "sess-hash-$strategy-$fn-$i";
            session_raw_cleanup($servers, $id);
            session_id($id);
            session_start();
            $_SESSION['i'] = $i;
            session_write_close();
            $on = array_values(array_filter($servers, fn($s) => session_raw_get($s, $id) !== null));
            $expected = session_server_for($servers, "$id-0", $strategy, $fn);
            $results[] = $on === [$expected] ? 'ok' : "$id: on " . json_encode($on) . ", expected $expected";
            session_raw_cleanup($servers, $id);
        }
        echo "$strategy/$fn: ", json_encode(array_count_values($results)), "\n";
    }
}
?>
--EXPECT--
consistent/crc32: {"ok":16}
consistent/fnv: {"ok":16}
standard/crc32: {"ok":16}
standard/fnv: {"ok":16}
