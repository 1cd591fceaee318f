--TEST--
memcache.protocol accepts ascii|binary case-insensitively and stores the string as typed
--DESCRIPTION--
Spec §9: anything else gives "memcache.protocol must be in set {ascii, binary} ('%s' given)"; no trimming of whitespace.
--INI--
error_reporting=E_ALL
; the default must show even when the suite runs with -d memcache.protocol=binary
memcache.protocol=ascii
--FILE--
<?php
$n = "memcache.protocol";
foreach (["BINARY", "Ascii", "binary", "foo", "", " ascii", "ascii ", "ASCII"] as $v) {
    var_dump(ini_set($n, $v));
    var_dump(ini_get($n));
}
?>
--EXPECTF--
string(5) "ascii"
string(6) "BINARY"
string(6) "BINARY"
string(5) "Ascii"
string(5) "Ascii"
string(6) "binary"

Warning: ini_set(): memcache.protocol must be in set {ascii, binary} ('foo' given) in %s on line %d
bool(false)
string(6) "binary"

Warning: ini_set(): memcache.protocol must be in set {ascii, binary} ('' given) in %s on line %d
bool(false)
string(6) "binary"

Warning: ini_set(): memcache.protocol must be in set {ascii, binary} (' ascii' given) in %s on line %d
bool(false)
string(6) "binary"

Warning: ini_set(): memcache.protocol must be in set {ascii, binary} ('ascii ' given) in %s on line %d
bool(false)
string(6) "binary"
string(6) "binary"
string(5) "ASCII"
