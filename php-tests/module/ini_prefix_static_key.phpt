--TEST--
memcache.prefix_static_key must not contain a dot; the message names memcache.session_prefix_static_key
--DESCRIPTION--
Spec §9: the validation message still names memcache.session_prefix_static_key.
--INI--
error_reporting=E_ALL
--FILE--
<?php
$n = "memcache.prefix_static_key";
var_dump(ini_get($n));
foreach (["a.b", "pfx_", ".", "", "a b"] as $v) {
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
string(4) "pfx_"

Warning: ini_set(): memcache.session_prefix_static_key cannot have dot inside (.) in %s on line %d
bool(false)
string(4) "pfx_"
string(4) "pfx_"
string(0) ""
string(0) ""
string(3) "a b"
