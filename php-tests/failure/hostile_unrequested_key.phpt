--TEST--
A VALUE for a key that was not asked for: an "Unexpected key in VALUE reply" notice and false, the server marked failed (§7.3)
--DESCRIPTION--
A server whose reply names another key is out of step with the requests (or hostile); handing the data
out would give one key's value to another. Values that arrived before it, for keys that were asked
for, are still returned (as after any failure mid-reply).
The C reference (pecl/memcache 8.0) differs: a single get returns the foreign value as the asked
key's (string(1) "x" below), and a multi-get returns it under the foreign key, with no notice and the
server still up. The sane behaviour is expected here.
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--INI--
memcache.protocol=ascii
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/fake_server.inc';
$timeout = 2.0;  // never reached: each failure is detected at once
$k = 'failure_hostile_unrequested_key';
$replies = [
    'single' => "VALUE other 0 1\r\nx\r\nEND\r\n",
    'multi' => "VALUE {$k}_a 0 1\r\na\r\nVALUE other 0 1\r\nx\r\nVALUE {$k}_b 0 1\r\nb\r\nEND\r\n",
];
foreach ($replies as $case => $reply) {
    echo "--- $case\n";
    $srv = fake_server_start([$reply]);
    $p = new MemcachePool;
    $p->addServer('127.0.0.1', $srv['port'], 0, false, 1, $timeout);
    $t = microtime(true);
    var_dump($case === 'single' ? $p->get($k) : $p->get(["{$k}_a", "{$k}_b"]));
    var_dump(microtime(true) - $t < $timeout);
    var_dump($p->getServerStatus('127.0.0.1', $srv['port']));
    $p->close();
    fake_server_dump(fake_server_finish($srv));
}
?>
--EXPECTF--
--- single

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Unexpected key in VALUE reply (0) in %s on line %d
bool(false)
bool(true)
int(0)
req 0: get failure_hostile_unrequested_key\r\n
--- multi

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Unexpected key in VALUE reply (0) in %s on line %d
array(1) {
  ["failure_hostile_unrequested_key_a"]=>
  string(1) "a"
}
bool(true)
int(0)
req 0: get failure_hostile_unrequested_key_a failure_hostile_unrequested_key_b\r\n
