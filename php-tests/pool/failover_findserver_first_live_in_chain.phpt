--TEST--
Failover: once a server fails, each of its keys maps to the first live server of its "key-N" chain; other keys stay (§6.4)
--DESCRIPTION--
Pool of two live daemons (A, B) and the refused port (D). For 300 keys the primary server and the servers of
"<key>-0" … "<key>-19" are read with findServer() while all three are usable; then D fails (one notice) and
findServer() is asked again: every key whose primary was D must now give the first A/B of its chain, every
other key must be unchanged. E_DEPRECATED is masked for the 8.0 oracle's dynamic-property deprecation.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
require __DIR__ . '/multi_server.inc';
$L = ["$host:$port" => 'A', "$host:$port2" => 'B', "127.0.0.1:$refused_port" => 'D'];
$p = new MemcachePool;
$p->addServer($host, $port, 0, false);
$p->addServer($host, $port2, 0, false);
$p->addServer('127.0.0.1', $refused_port, 0, false);
$before = [];
for ($i = 0; $i < 300; $i++) {
    $before["pool_fo_chain_$i"] = ms_chain($p, $L, "pool_fo_chain_$i", 20);
}
$on_dead = array_keys(array_filter($before, fn($c) => $c[0] === 'D'));
echo "keys on D before the failure: ", count($on_dead) > 20 ? "many" : count($on_dead), "\n";
// a get for one of D's keys makes D fail
var_dump($p->get($on_dead[0]));
var_dump($p->getServerStatus('127.0.0.1', $refused_port));
$moved_ok = $moved_bad = $kept_ok = $kept_bad = 0;
foreach ($before as $k => $chain) {
    $now = ms_label($p, $L, $k);
    if ($chain[0] === 'D') {
        $first_live = substr(ltrim(substr($chain, 1), 'D'), 0, 1);
        $now === $first_live ? $moved_ok++ : $moved_bad++;
    } else {
        $now === $chain[0] ? $kept_ok++ : $kept_bad++;
    }
}
echo "D's keys now on the first live server of their chain: ", $moved_ok === count($on_dead) ? "all" : "$moved_ok", "\n";
echo "D's keys elsewhere: $moved_bad\n";
echo "other keys unchanged: ", $kept_ok === 300 - count($on_dead) ? "all" : "$kept_ok", "\n";
echo "other keys moved: $kept_bad\n";
// no I/O for findServer and no new notice for requests to D's keys: they go to A/B now
var_dump($p->get($on_dead[0]));
?>
--EXPECTF--
keys on D before the failure: many

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Connection failed: Connection refused (111) in %s on line %d
bool(false)
int(0)
D's keys now on the first live server of their chain: all
D's keys elsewhere: 0
other keys unchanged: all
other keys moved: 0
bool(false)
