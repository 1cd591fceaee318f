--TEST--
phpversion('memcache') reports "8.2"
--DESCRIPTION--
Spec §1: the module version string is "8.2".
The oracle (Debian's pecl/memcache 8.0 build) reports "4.0.5.2" here; that is a documented 8.0-vs-8.2 difference,
so this test fails under the oracle on purpose.
--FILE--
<?php
var_dump(phpversion('memcache'));
var_dump(phpversion('memcache') === "8.2");
var_dump((new ReflectionExtension('memcache'))->getVersion());
?>
--EXPECT--
string(3) "8.2"
bool(true)
string(3) "8.2"
