--TEST--
session placement: with two servers and the default session_redundancy (2) the session and its released lock are on both servers
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
session.save_handler=memcache
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
// Spec §8.3 and §8.5: the write goes to every chain server (data, then the lock set to 0). A read that finds
// the data on the first chain server locks only that server. Each server is checked with a single-server
// Memcache object (no hashing). "first"/"second" are the chain servers of each id (§8.3, computed in
// session.inc from the §6.4 algorithm), so the output does not depend on the ports.
ob_start();
require __DIR__ . '/../config.inc';
require __DIR__ . '/session.inc';
$servers = ["$host:$port", "$host:$port2"];
$single = [];
foreach ([$port, $port2] as $i => $p) {
    $single[$servers[$i]] = new Memcache;
    $single[$servers[$i]]->connect($host, $p);
}
ini_set('session.save_path', "tcp://$host:$port, tcp://$host:$port2");
var_dump(ini_get('memcache.session_redundancy'));
foreach (['sess-both-a', 'sess-both-b', 'sess-both-c', 'sess-both-d'] as $id) {
    session_raw_cleanup($servers, $id);
    [$first, $second] = session_servers_for($servers, $id, 2);
    session_id($id);
    session_start();
    $_SESSION['id'] = $id;
    session_write_close();
    $show = function ($s) use ($single, $id) {
        return json_encode([$single[$s]->get($id), $single[$s]->get("$id.lock")]);
    };
    echo "$id written: first=", $show($first), " second=", $show($second), "\n";
    session_id($id);
    session_start();
    echo "$id reopened: first=", $show($first), " second=", $show($second), "\n";
    session_write_close();
    session_raw_cleanup($servers, $id);
}
?>
--EXPECT--
string(1) "2"
sess-both-a written: first=["id|s:11:\"sess-both-a\";",0] second=["id|s:11:\"sess-both-a\";",0]
sess-both-a reopened: first=["id|s:11:\"sess-both-a\";",1] second=["id|s:11:\"sess-both-a\";",0]
sess-both-b written: first=["id|s:11:\"sess-both-b\";",0] second=["id|s:11:\"sess-both-b\";",0]
sess-both-b reopened: first=["id|s:11:\"sess-both-b\";",1] second=["id|s:11:\"sess-both-b\";",0]
sess-both-c written: first=["id|s:11:\"sess-both-c\";",0] second=["id|s:11:\"sess-both-c\";",0]
sess-both-c reopened: first=["id|s:11:\"sess-both-c\";",1] second=["id|s:11:\"sess-both-c\";",0]
sess-both-d written: first=["id|s:11:\"sess-both-d\";",0] second=["id|s:11:\"sess-both-d\";",0]
sess-both-d reopened: first=["id|s:11:\"sess-both-d\";",1] second=["id|s:11:\"sess-both-d\";",0]
