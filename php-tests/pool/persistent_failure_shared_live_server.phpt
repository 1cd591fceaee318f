--TEST--
A live persistent server marked failed in one pool is failed in every pool of the process; re-adding it overwrites its retry_interval (§4.2, §6.3)
--DESCRIPTION--
* pool 1 stores an item on A (persistent), then marks A failed with retry_interval -1.
* pool 2 adds A (persistent, retry_interval -1): status 0 and a silent false, although A is alive; in a pool
  with B as well, A's key goes to B.
* pool 3 adds A again with the default retry_interval 15. That overwrites the shared entry's retry_interval;
  A's failure time is still 0 (it never failed, it was only marked), so A is due for a retry at once (QUIRK,
  see setserverparams_status.phpt): the get reaches A and finds the item, and every pool sees status 1.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
require __DIR__ . '/multi_server.inc';
$L = ["$host:$port" => 'A', "$host:$port2" => 'B'];
$pre = 'pool_persistent_live_' . getmypid() . '_';
$p1 = new MemcachePool;
$p1->addServer($host, $port);
var_dump($p1->set("{$pre}k", 'on A'));
var_dump($p1->setServerParams($host, $port, 1.0, -1, false));

$p2 = new MemcachePool;
$p2->addServer($host, $port, 0, true, 1, 1.0, -1);
var_dump($p2->getServerStatus($host, $port));
var_dump($p2->get("{$pre}k"));
$p2b = new MemcachePool;
$p2b->addServer($host, $port, 0, true, 1, 1.0, -1);
$p2b->addServer($host, $port2);
echo ms_label($p2b, $L, "{$pre}k"), "\n";

$p3 = new MemcachePool;
$p3->addServer($host, $port);
var_dump($p3->get("{$pre}k"));
var_dump($p3->getServerStatus($host, $port), $p2->getServerStatus($host, $port), $p1->getServerStatus($host, $port));
var_dump($p2->get("{$pre}k"));
var_dump($p1->delete("{$pre}k"));
?>
--EXPECT--
bool(true)
bool(true)
int(0)
bool(false)
B
string(4) "on A"
int(1)
int(1)
int(1)
string(4) "on A"
bool(true)
