--TEST--
session placement (QUIRK): with session_redundancy=1 a session lives on the server for "<key>-0", not on the server for "<key>"
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
// Spec §8.3. The expected server is computed in session.inc with the §6.4 consistent/crc32 algorithm over the
// servers as the session pool names them ("127.0.0.1:<port>": the URL's host without its scheme). The same
// ids are tried with "tcp://" and with bare host:port entries. Then, for an id whose plain key hashes to the
// other server, a two-server userland pool misses the session that a single-server object on the right
// server finds.
ob_start();
require __DIR__ . '/../config.inc';
require __DIR__ . '/session.inc';
$servers = ["$host:$port", "$host:$port2"];
$results = [];
foreach (["tcp://$host:$port, tcp://$host:$port2", "$host:$port $host:$port2"] as $path) {
    ini_set('session.save_path', $path);
    for ($i = 0; $i < 16; $i++) {
        $id = "sess-chain-$i";
        session_raw_cleanup($servers, $id);
        session_id($id);
        session_start();
        $_SESSION['i'] = $i;
        session_write_close();
        $on = array_values(array_filter($servers, fn($s) => session_raw_get($s, $id) !== null));
        $expected = session_server_for($servers, "$id-0");
        $results[] = $on === [$expected] ? 'on the server for "<id>-0" only'
            : "$id: on " . json_encode($on) . ", expected $expected";
        session_raw_cleanup($servers, $id);
    }
}
print_r(array_count_values($results));

for ($i = 0; session_server_for($servers, "sess-quirk-$i") === session_server_for($servers, "sess-quirk-$i-0"); $i++);
$id = "sess-quirk-$i";
session_raw_cleanup($servers, $id);
session_id($id);
session_start();
$_SESSION['q'] = 1;
session_write_close();
$pool = new MemcachePool;
$pool->addServer($host, $port);
$pool->addServer($host, $port2);
var_dump($pool->findServer($id) === session_server_for($servers, $id));
echo "two-server pool get: ", var_export($pool->get($id), true), "\n";
[$h, $p] = explode(':', session_server_for($servers, "$id-0"));
$m = new Memcache;
$m->connect($h, (int)$p);
echo "single server for \"<id>-0\" get: ", var_export($m->get($id), true), "\n";
session_raw_cleanup($servers, $id);
?>
--EXPECT--
Array
(
    [on the server for "<id>-0" only] => 32
)
bool(true)
two-server pool get: false
single server for "<id>-0" get: 'q|i:1;'
