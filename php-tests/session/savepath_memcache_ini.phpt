--TEST--
session save path: memcache.session_save_path overrides session.save_path; session_save_path() works like ini_set("session.save_path")
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
session.save_handler=memcache
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
// Spec §8.1. session.save_path names the first daemon, memcache.session_save_path the second: the session
// goes to the second. Once memcache.session_save_path is restored (NULL again), session.save_path is used, and
// session_save_path() changes it like ini_set() does. A bad memcache.session_save_path fails open(), and PHP's
// warning then names session.save_path.
ob_start();
require __DIR__ . '/../config.inc';
require __DIR__ . '/session.inc';
$a = "$host:$port";
$b = "$host:$port2";
session_raw_cleanup([$a, $b], 'sess-memcache-ini-1');
session_raw_cleanup([$a, $b], 'sess-memcache-ini-2');
session_raw_cleanup([$a, $b], 'sess-memcache-ini-3');
var_dump(ini_get('memcache.session_save_path'));
ini_set('session.save_path', "tcp://$a");
ini_set('memcache.session_save_path', "tcp://$b");
session_id('sess-memcache-ini-1');
session_start();
$_SESSION['n'] = 1;
session_write_close();
echo "1: A=", session_raw_show($a, 'sess-memcache-ini-1'), " B=", session_raw_show($b, 'sess-memcache-ini-1'), "\n";
ini_restore('memcache.session_save_path');
session_id('sess-memcache-ini-2');
session_start();
$_SESSION['n'] = 2;
session_write_close();
echo "2: A=", session_raw_show($a, 'sess-memcache-ini-2'), " B=", session_raw_show($b, 'sess-memcache-ini-2'), "\n";
var_dump(session_save_path("tcp://$b") === "tcp://$a", session_save_path() === "tcp://$b");
session_id('sess-memcache-ini-3');
session_start();
$_SESSION['n'] = 3;
session_write_close();
echo "3: A=", session_raw_show($a, 'sess-memcache-ini-3'), " B=", session_raw_show($b, 'sess-memcache-ini-3'), "\n";
ini_set('memcache.session_save_path', 'tcp://:1');
session_id('sess-memcache-ini-4');
var_dump(session_start());
foreach ([1, 2, 3] as $i) session_raw_cleanup([$a, $b], "sess-memcache-ini-$i");
?>
--EXPECTF--
string(0) ""
1: A=MISS B='n|i:1;'
2: A='n|i:2;' B=MISS
bool(true)
bool(true)
3: A=MISS B='n|i:3;'

Warning: session_start(): Failed to parse memcache.save_path (error at offset 0, url was 'tcp://:1') in %s on line %d

Warning: session_start(): Failed to initialize storage module: memcache (path: tcp://%s:%d) in %s on line %d
bool(false)
