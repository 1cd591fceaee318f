--TEST--
The six boolean prefix settings accept any value without warnings
--DESCRIPTION--
Spec §9: memcache.session_prefix_host_key*, memcache.prefix_host_key* are plain booleans.
--INI--
error_reporting=E_ALL
--FILE--
<?php
foreach (["memcache.session_prefix_host_key", "memcache.session_prefix_host_key_remove_www",
    "memcache.session_prefix_host_key_remove_subdomain", "memcache.prefix_host_key",
    "memcache.prefix_host_key_remove_www", "memcache.prefix_host_key_remove_subdomain"] as $n) {
    echo "$n\n";
    var_dump(ini_get($n));
    foreach (["1", "on", "abc", "0", ""] as $v) {
        var_dump(ini_set($n, $v));
    }
    var_dump(ini_get($n));
}
?>
--EXPECT--
memcache.session_prefix_host_key
string(1) "0"
string(1) "0"
string(1) "1"
string(2) "on"
string(3) "abc"
string(1) "0"
string(0) ""
memcache.session_prefix_host_key_remove_www
string(1) "1"
string(1) "1"
string(1) "1"
string(2) "on"
string(3) "abc"
string(1) "0"
string(0) ""
memcache.session_prefix_host_key_remove_subdomain
string(1) "0"
string(1) "0"
string(1) "1"
string(2) "on"
string(3) "abc"
string(1) "0"
string(0) ""
memcache.prefix_host_key
string(1) "0"
string(1) "0"
string(1) "1"
string(2) "on"
string(3) "abc"
string(1) "0"
string(0) ""
memcache.prefix_host_key_remove_www
string(1) "1"
string(1) "1"
string(1) "1"
string(2) "on"
string(3) "abc"
string(1) "0"
string(0) ""
memcache.prefix_host_key_remove_subdomain
string(1) "0"
string(1) "0"
string(1) "1"
string(2) "on"
string(3) "abc"
string(1) "0"
string(0) ""
