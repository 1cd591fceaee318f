--TEST--
memcache.protocol accepts ascii|binary|meta case-insensitively and stores the string as typed
--DESCRIPTION--
Spec §9 (with meta added by issue 14): anything else gives "memcache.protocol must be in set {ascii, binary, meta} ('%s' given)"; no trimming of whitespace.
--INI--
error_reporting=E_ALL
; the default must show even when the suite runs with -d memcache.protocol=binary or =meta
memcache.protocol=ascii
--FILE--
<?php
$n = "memcache.protocol";
foreach (["BINARY", "Ascii", "binary", "foo", "", " ascii", "ascii ", "ASCII", "Meta", "meta ", "metaa"] as $v) {
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

Warning: ini_set(): memcache.protocol must be in set {ascii, binary, meta} ('foo' given) in %s on line %d
bool(false)
string(6) "binary"

Warning: ini_set(): memcache.protocol must be in set {ascii, binary, meta} ('' given) in %s on line %d
bool(false)
string(6) "binary"

Warning: ini_set(): memcache.protocol must be in set {ascii, binary, meta} (' ascii' given) in %s on line %d
bool(false)
string(6) "binary"

Warning: ini_set(): memcache.protocol must be in set {ascii, binary, meta} ('ascii ' given) in %s on line %d
bool(false)
string(6) "binary"
string(6) "binary"
string(5) "ASCII"
string(5) "ASCII"
string(4) "Meta"

Warning: ini_set(): memcache.protocol must be in set {ascii, binary, meta} ('meta ' given) in %s on line %d
bool(false)
string(4) "Meta"

Warning: ini_set(): memcache.protocol must be in set {ascii, binary, meta} ('metaa' given) in %s on line %d
bool(false)
string(4) "Meta"
