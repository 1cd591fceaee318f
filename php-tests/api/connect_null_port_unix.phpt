--TEST--
Memcache::connect() with a unix:// host and an explicit null port (port 0) connects
--DESCRIPTION--
Spec §4.1: a null port means port 0, which is what unix:// hosts need. E_DEPRECATED is masked: the 8.0 oracle
emits a "Passing null to parameter #2 ($port)" deprecation here and a dynamic-property deprecation (both
documented 8.0-vs-8.2 differences, covered by connect_null_port.phpt and module/dynamic_properties.phpt).
--SKIPIF--
<?php
include __DIR__ . '/../skipif.inc';
if (!file_exists($sock)) die("skip no memcached unix socket at $sock");
?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = new Memcache;
var_dump($m->connect("unix://$sock", null));
var_dump($m->findServer('cnpu_key') === "unix://$sock:0");
var_dump($m->getServerStatus("unix://$sock", 0));
var_dump($m->set('cnpu_key', 'v'), $m->get('cnpu_key'), $m->delete('cnpu_key'));
$c = memcache_connect("unix://$sock", null);
var_dump(get_class($c));
?>
--EXPECT--
bool(true)
bool(true)
int(1)
bool(true)
string(1) "v"
bool(true)
string(8) "Memcache"
