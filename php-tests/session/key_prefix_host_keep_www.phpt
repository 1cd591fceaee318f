--TEST--
session keys: memcache.session_prefix_host_key_remove_www=0 keeps the "www." of SERVER_NAME; bytes <= 0x20 in the prefix become "_"
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--ENV--
SERVER_NAME=www.sub.example.com
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
session.save_handler=memcache
session.use_cookies=0
session.cache_limiter=
memcache.session_prefix_static_key=p x
memcache.session_prefix_host_key=1
memcache.session_prefix_host_key_remove_www=0
--FILE--
<?php
// Spec §8.2 and §3.1: the session key is normalised like any key, so the space of the static prefix is
// stored as "_".
ob_start();
require __DIR__ . '/../config.inc';
require __DIR__ . '/session.inc';
$a = "$host:$port";
$id = 'sess-prefix-www';
$key = "p_xwww.sub.example.com$id";
session_raw_cleanup([$a], $key);
ini_set('session.save_path', "tcp://$a");
session_id($id);
session_start();
$_SESSION['h'] = 3;
session_write_close();
echo "$key: ", session_raw_show($a, $key), "\n";
session_raw_cleanup([$a], $key);
?>
--EXPECT--
p_xwww.sub.example.comsess-prefix-www: 'h|i:3;'
