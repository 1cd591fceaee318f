--TEST--
Issue 15, kept: a memcache.prefix_static_key longer than 250 bytes makes keys of 250 bytes, cut (the reference crashes)
--DESCRIPTION--
Reference bug not copied (README): pecl/memcache 8.2 crashes (segmentation fault) when the key prefix is
longer than the 250-byte key limit. A key is the prefix and the key, cut at 250 bytes (spec §3.1), so with
such a prefix every key is the prefix's first 250 bytes: the calls work, and all keys share that one item.
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
$prefix = str_repeat('p', 300);
ini_set('memcache.prefix_static_key', $prefix);
$m = test_pool();
var_dump($m->set('i15_keep_k', 'v'), $m->get('i15_keep_k'), $m->get('other'));
// The item's key, asked over a plain socket: the prefix's first 250 bytes.
$s = stream_socket_client("tcp://$host:$port");
fwrite($s, 'get ' . substr($prefix, 0, 250) . "\r\n");
echo strlen(explode(' ', fgets($s))[1]), ' ', fgets($s), fgets($s);
fwrite($s, 'delete ' . substr($prefix, 0, 250) . "\r\n");
echo fgets($s);
?>
--EXPECT--
bool(true)
string(1) "v"
string(1) "v"
250 v
END
DELETED
