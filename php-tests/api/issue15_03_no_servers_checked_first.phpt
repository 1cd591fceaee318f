--TEST--
Issue 15 item 3: "no pool" / "no servers" is checked first, before keys, values, flags or the stats type
--DESCRIPTION--
Every entry point of the reference that needs servers (get, the stores, delete, increment/decrement,
findServer, getVersion, getStats, getExtendedStats) starts with "no pool, or a pool with no servers: return
false", before it parses keys, values, flags or the stats type. Without a pool that is the "No servers added"
warning and nothing else; with a pool emptied by close() it is a silent false: no Invalid key or flags
warning, no Error for an object key, no ArgumentCountError for a missing value, no serialization. Argument
errors raised by PHP's own parser still come first. Expected output recorded from pecl/memcache 8.2 (PHP 8.4).
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
echo "-- no pool\n";
$p = new MemcachePool;
var_dump($p->get(['a', '']));
var_dump($p->get(new stdClass));
var_dump($p->getStats('bogus'));
var_dump($p->getExtendedStats('bogus'));
var_dump($p->findServer(new stdClass));
var_dump($p->delete(['', new stdClass]));
var_dump($p->increment(''));
var_dump($p->set('k', 'x', 0xFF));
var_dump($p->set('k', function () {}));
echo "-- a pool without servers (after close())\n";
$m = new Memcache;
$m->connect($host, $port);
var_dump($m->close());
var_dump($m->set('k', 'x', 0xFF));
var_dump($m->delete(''));
var_dump($m->set('k'));
var_dump($m->set('k', function () {}));
var_dump($m->add(['' => 1, 'k' => function () {}]));
var_dump($m->get(['a', '', new stdClass]));
var_dump($m->get(''));
var_dump($m->get(new stdClass));
var_dump($m->increment(new stdClass));
var_dump($m->decrement(['', 'k']));
var_dump($m->findServer(''));
var_dump($m->getVersion());
var_dump($m->getStats('bogus'));
var_dump($m->getExtendedStats('bogus'));
var_dump(memcache_set($m, ''));
echo "-- PHP's own argument errors still come first\n";
try { $m->set(); } catch (ArgumentCountError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { $m->get('k', $f, $c, 1); } catch (ArgumentCountError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { $m->getStats([]); } catch (TypeError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
?>
--EXPECTF--
-- no pool

Warning: MemcachePool::get(): No servers added to memcache connection in %s on line %d
bool(false)

Warning: MemcachePool::get(): No servers added to memcache connection in %s on line %d
bool(false)

Warning: MemcachePool::getstats(): No servers added to memcache connection in %s on line %d
bool(false)

Warning: MemcachePool::getextendedstats(): No servers added to memcache connection in %s on line %d
bool(false)

Warning: MemcachePool::findserver(): No servers added to memcache connection in %s on line %d
bool(false)

Warning: MemcachePool::delete(): No servers added to memcache connection in %s on line %d
bool(false)

Warning: MemcachePool::increment(): No servers added to memcache connection in %s on line %d
bool(false)

Warning: MemcachePool::set(): No servers added to memcache connection in %s on line %d
bool(false)

Warning: MemcachePool::set(): No servers added to memcache connection in %s on line %d
bool(false)
-- a pool without servers (after close())
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
-- PHP's own argument errors still come first
ArgumentCountError: MemcachePool::set() expects at least 1 argument, 0 given
ArgumentCountError: MemcachePool::get() expects at most 3 arguments, 4 given
TypeError: MemcachePool::getstats(): Argument #1 ($type) must be of type string, array given
