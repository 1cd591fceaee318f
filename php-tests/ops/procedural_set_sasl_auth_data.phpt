--TEST--
memcache_set_sasl_auth_data() stores username/password properties
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
; pecl/memcache 8.0 (the oracle) emits a "Creation of dynamic property" deprecation that 8.2 must not emit.
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = test_memcache();
var_dump(memcache_set_sasl_auth_data($m, 'user', 'secret'));
var_dump($m->username, $m->password);
var_dump(memcache_set_sasl_auth_data($m, '', 'secret'));
var_dump($m->username);
?>
--EXPECT--
bool(true)
string(4) "user"
string(6) "secret"
bool(false)
string(4) "user"
