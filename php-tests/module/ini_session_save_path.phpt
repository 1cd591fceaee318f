--TEST--
memcache.session_save_path has no validation
--DESCRIPTION--
Spec §9: no validation; default NULL.
--INI--
error_reporting=E_ALL
--FILE--
<?php
$n = "memcache.session_save_path";
var_dump(ini_get($n));
foreach (["tcp://127.0.0.1:1", "not a url at all", ""] as $v) {
    var_dump(ini_set($n, $v));
    var_dump(ini_get($n));
}
?>
--EXPECT--
string(0) ""
string(0) ""
string(17) "tcp://127.0.0.1:1"
string(17) "tcp://127.0.0.1:1"
string(16) "not a url at all"
string(16) "not a url at all"
string(0) ""
