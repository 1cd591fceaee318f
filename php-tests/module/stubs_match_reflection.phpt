--TEST--
stubs/memcache.stub.php matches Reflection of the loaded extension (tools/check-stubs.php)
--DESCRIPTION--
The IDE/static-analysis stub must describe exactly what Reflection shows (spec §2, §10): constants and their
values; functions, classes and methods, in order; declaring classes and prototypes; parameter names, by-ref
markers, optionality, counts and declared types; return types. The stub must load without the extension and
without diagnostics, and carry a phpdoc (summary, @param per parameter, @return) for every function and method.
The check includes the stub in a separate `php -n` process; on drift it prints every difference instead.
--FILE--
<?php
require __DIR__ . '/../../tools/check-stubs.php';
?>
--EXPECT--
stubs match reflection
