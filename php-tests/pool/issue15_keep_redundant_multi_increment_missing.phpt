--TEST--
Issue 15, kept: a redundant multi-key increment of missing keys has one entry per key (the reference adds entries named from a stale buffer byte)
--DESCRIPTION--
Reference bug not copied (README): with memcache.redundancy=2, the C extension names the result entry of a
redundant copy by the key plus whatever byte follows it in a recycled request buffer, so increment() or
decrement() of missing keys after a call with longer keys returns extra entries such as "miss1_". Each key
has one entry, its name plus a NUL byte (the QUIRK of spec §4.8, copied).
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--INI--
memcache.redundancy=2
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = new MemcachePool;
$m->addServer($host, $port);
$m->addServer($host, $port2);
$long = ['i15_keep_miss1_long_key_xx', 'i15_keep_miss2_long_key_yy'];
$short = ['i15_keep_miss1', 'i15_keep_miss2'];
$m->delete(array_merge($long, $short));
$m->get($long);
$names = fn($r) => implode(' ', array_map(fn($k) => str_replace("\0", '\0', $k), array_keys($r)));
echo $names($m->increment($long)), "\n";
echo $names($m->increment($short)), "\n";
echo $names($m->decrement($short)), "\n";
?>
--EXPECT--
i15_keep_miss1_long_key_xx\0 i15_keep_miss2_long_key_yy\0
i15_keep_miss1\0 i15_keep_miss2\0
i15_keep_miss1\0 i15_keep_miss2\0
