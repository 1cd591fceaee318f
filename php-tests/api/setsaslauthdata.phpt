--TEST--
setSaslAuthData(): false for empty strings, otherwise stores public username/password properties
--DESCRIPTION--
Spec §4.15. Works without servers (no pool needed), overwrites on a second call, converts scalars to strings.
E_DEPRECATED is masked so the 8.0 oracle's dynamic-property deprecation does not show;
module/dynamic_properties.phpt covers that difference.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
$m = new Memcache;
var_dump($m->setSaslAuthData('', 'p'));
var_dump($m->setSaslAuthData('u', ''));
var_dump($m->setSaslAuthData('', ''));
var_dump($m);
var_dump($m->setSaslAuthData('user', 'secret'));
var_dump($m);
var_dump($m->setSaslAuthData('user2', 'secret2'));
var_dump($m->setSaslAuthData(12, 3.5));
var_dump($m);
$p = new MemcachePool;
var_dump(memcache_set_sasl_auth_data($p, 'a', 'b'));
var_dump(memcache_set_sasl_auth_data($p, 'a', ''));
var_dump($p->addServer($host, $refused_port));
var_dump($p);
?>
--EXPECTF--
bool(false)
bool(false)
bool(false)
object(Memcache)#1 (0) {
}
bool(true)
object(Memcache)#1 (2) {
  ["username"]=>
  string(4) "user"
  ["password"]=>
  string(6) "secret"
}
bool(true)
bool(true)
object(Memcache)#1 (2) {
  ["username"]=>
  string(2) "12"
  ["password"]=>
  string(3) "3.5"
}
bool(true)
bool(false)
bool(true)
object(MemcachePool)#2 (3) {
  ["username"]=>
  string(1) "a"
  ["password"]=>
  string(1) "b"
  ["connection"]=>
  resource(%d) of type (memcache connection)
}
