--TEST--
memcache.session_prefix_static_key must not contain a dot
--DESCRIPTION--
Spec §9: "memcache.session_prefix_static_key cannot have dot inside (.)". Default NULL (ini_get gives "").
--INI--
error_reporting=E_ALL
--FILE--
<?php
$n = "memcache.session_prefix_static_key";
var_dump(ini_get($n));
foreach (["a.b", "sess_", ".", "", "x."] as $v) {
    var_dump(ini_set($n, $v));
    var_dump(ini_get($n));
}
?>
--EXPECTF--
string(0) ""

Warning: ini_set(): memcache.session_prefix_static_key cannot have dot inside (.) in %s on line %d
bool(false)
string(0) ""
string(0) ""
string(5) "sess_"

Warning: ini_set(): memcache.session_prefix_static_key cannot have dot inside (.) in %s on line %d
bool(false)
string(5) "sess_"
string(5) "sess_"
string(0) ""

Warning: ini_set(): memcache.session_prefix_static_key cannot have dot inside (.) in %s on line %d
bool(false)
string(0) ""
