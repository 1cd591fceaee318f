--TEST--
getStats() without a type returns the general stats, every value a string (§4.12)
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
; ASCII only: the binary protocol has no stats (§4.12; ../binary/stats_false.phpt)
memcache.protocol=ascii
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = test_memcache();
$s = $m->getStats();
var_dump(is_array($s));
foreach (['pid', 'uptime', 'time', 'version', 'curr_connections', 'cmd_get', 'cmd_set', 'get_hits', 'curr_items', 'total_items', 'bytes', 'limit_maxbytes', 'threads'] as $name) {
    echo $name, ': ', isset($s[$name]) ? gettype($s[$name]) : 'missing', "\n";
}
$all_strings = true;
foreach ($s as $k => $v) { if (!is_string($k) || !is_string($v)) $all_strings = false; }
var_dump($all_strings);
var_dump(array_slice(array_keys($s), 0, 4));
var_dump((bool)preg_match("/^\d+$/", $s['pid']), (int)$s['pid'] > 0);
var_dump(abs((int)$s['time'] - time()) <= 2);
var_dump((bool)preg_match('/^\d+\.\d+\.\d+/', $s['version']));
var_dump(memcache_get_stats($m) !== false);
?>
--EXPECT--
bool(true)
pid: string
uptime: string
time: string
version: string
curr_connections: string
cmd_get: string
cmd_set: string
get_hits: string
curr_items: string
total_items: string
bytes: string
limit_maxbytes: string
threads: string
bool(true)
array(4) {
  [0]=>
  string(3) "pid"
  [1]=>
  string(6) "uptime"
  [2]=>
  string(4) "time"
  [3]=>
  string(7) "version"
}
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
