--TEST--
session keys: memcache.session_prefix_host_key_remove_subdomain keeps only the last two labels of SERVER_NAME
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
memcache.session_prefix_host_key_remove_subdomain=1
--FILE--
<?php
// Spec §8.2 and §3.1.
ob_start();
require __DIR__ . '/../config.inc';
require __DIR__ . '/session.inc';
$a = "$host:$port";
$id = 'sess-prefix-subdomain';
$key = "pfx_example.com$id";
session_raw_cleanup([$a], $key);
ini_set('session.save_path', "tcp://$a");
session_id($id);
session_start();
$_SESSION['h'] = 2;
session_write_close();
echo "$key: ", session_raw_show($a, $key), "\n";
session_raw_cleanup([$a], $key);
?>
--EXPECT--
pfx_example.comsess-prefix-subdomain: 'h|i:2;'
