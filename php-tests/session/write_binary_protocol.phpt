--TEST--
session over the binary protocol: lock, read, write, release and destroy work as over ASCII
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
session.save_handler=memcache
session.use_cookies=0
session.cache_limiter=
memcache.protocol=binary
--FILE--
<?php
// Spec §8.1 (the pool takes the protocol from INI) and §8.4 (binary increment with initial 1 and expiry
// lock_timeout). Items are looked at with raw ASCII gets: memcached stores the same item either way.
ob_start();
require __DIR__ . '/../config.inc';
require __DIR__ . '/session.inc';
$servers = ["$host:$port", "$host:$port2"];
$id = 'sess-binary';
session_raw_cleanup($servers, $id);
ini_set('session.save_path', "tcp://$host:$port, tcp://$host:$port2");
session_id($id);
var_dump(session_start(), $_SESSION);
$_SESSION['b'] = [1, 'two'];
var_dump(session_write_close());
session_raw_show_all($servers, $id);
session_id($id);
session_start();
var_dump($_SESSION);
[$first] = session_servers_for($servers, $id, 2);
echo "lock while open on the first chain server: ", session_raw_show($first, "$id.lock"), "\n";
var_dump(session_destroy());
session_raw_show_all($servers, $id);
?>
--EXPECT--
bool(true)
array(0) {
}
bool(true)
s0: 'b|a:2:{i:0;i:1;i:1;s:3:"two";}' lock flags=768 '0'
s1: 'b|a:2:{i:0;i:1;i:1;s:3:"two";}' lock flags=768 '0'
array(1) {
  ["b"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    string(3) "two"
  }
}
lock while open on the first chain server: flags=768 '1'
bool(true)
s0: MISS lock MISS
s1: MISS lock MISS
