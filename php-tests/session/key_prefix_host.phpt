--TEST--
session keys: memcache.session_prefix_host_key adds SERVER_NAME without a leading "www." after the static prefix
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--ENV--
SERVER_NAME=www.sub.example.com
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
session.save_handler=memcache
session.use_cookies=0
session.cache_limiter=
memcache.session_prefix_static_key=pfx_
memcache.session_prefix_host_key=1
--FILE--
<?php
// Spec §8.2 and §3.1: static prefix, then the host name (www. removed by default), then the id, with no
// separators.
ob_start();
require __DIR__ . '/../config.inc';
require __DIR__ . '/session.inc';
$a = "$host:$port";
$id = 'sess-prefix-host';
$key = "pfx_sub.example.com$id";
session_raw_cleanup([$a], $key);
var_dump($_SERVER['SERVER_NAME']);
ini_set('session.save_path', "tcp://$a");
session_id($id);
session_start();
$_SESSION['h'] = 1;
session_write_close();
echo "$key: ", session_raw_show($a, $key), " lock: ", session_raw_show($a, "$key.lock"), "\n";
session_raw_cleanup([$a], $key);
?>
--EXPECT--
string(19) "www.sub.example.com"
pfx_sub.example.comsess-prefix-host: 'h|i:1;' lock: flags=768 '0'
