--TEST--
ReflectionExtension::getINIEntries(): the 21 memcache.* entries of the reference, then our 7, with their defaults
--DESCRIPTION--
Spec §1/§9: 21 INI entries, all PHP_INI_ALL, in the order of the §9 table.
The oracle (pecl/memcache 8.0) has no memcache.select_api entry (20 entries) and therefore fails this
test on purpose; the expectation follows the spec: "memcache.select_api" with default "select" after
memcache.lock_timeout (the §9 table order; the oracle's order of the other 20 entries is the same).
Entries whose default is NULL show as NULL here, while ini_get() returns "" for them.
The last two, memcache.session_lock_wait_min/max (ms), are ours: the session lock back-off, whose
defaults (5 ms, 1000 ms) are the reference's fixed values; then the five memcache.tls_* settings of TLS
(issue 13): no CA, certificate, key or server name, and verification on.
--INI--
; the default must show even when the suite runs with -d memcache.protocol=binary
memcache.protocol=ascii
--FILE--
<?php
$e = new ReflectionExtension('memcache');
var_dump($e->getINIEntries());
foreach (array_keys($e->getINIEntries()) as $name) {
    $all = ini_get_all('memcache', true)[$name];
    if ($all['access'] !== INI_ALL) echo "$name is not PHP_INI_ALL\n";
    if ($all['global_value'] !== $all['local_value']) echo "$name global/local differ\n";
}
var_dump(ini_get('memcache.prefix_static_key'), ini_get('memcache.session_save_path'));
var_dump(count(ini_get_all('memcache')));
?>
--EXPECT--
array(28) {
  ["memcache.allow_failover"]=>
  string(1) "1"
  ["memcache.max_failover_attempts"]=>
  string(2) "20"
  ["memcache.default_port"]=>
  string(5) "11211"
  ["memcache.chunk_size"]=>
  string(5) "32768"
  ["memcache.protocol"]=>
  string(5) "ascii"
  ["memcache.hash_strategy"]=>
  string(10) "consistent"
  ["memcache.hash_function"]=>
  string(5) "crc32"
  ["memcache.redundancy"]=>
  string(1) "1"
  ["memcache.session_redundancy"]=>
  string(1) "2"
  ["memcache.compress_threshold"]=>
  string(5) "20000"
  ["memcache.lock_timeout"]=>
  string(2) "15"
  ["memcache.select_api"]=>
  string(6) "select"
  ["memcache.session_prefix_host_key"]=>
  string(1) "0"
  ["memcache.session_prefix_host_key_remove_www"]=>
  string(1) "1"
  ["memcache.session_prefix_host_key_remove_subdomain"]=>
  string(1) "0"
  ["memcache.session_prefix_static_key"]=>
  NULL
  ["memcache.session_save_path"]=>
  NULL
  ["memcache.prefix_host_key"]=>
  string(1) "0"
  ["memcache.prefix_host_key_remove_www"]=>
  string(1) "1"
  ["memcache.prefix_host_key_remove_subdomain"]=>
  string(1) "0"
  ["memcache.prefix_static_key"]=>
  NULL
  ["memcache.session_lock_wait_min"]=>
  string(1) "5"
  ["memcache.session_lock_wait_max"]=>
  string(4) "1000"
  ["memcache.tls_ca_file"]=>
  NULL
  ["memcache.tls_cert_file"]=>
  NULL
  ["memcache.tls_key_file"]=>
  NULL
  ["memcache.tls_verify_peer"]=>
  string(1) "1"
  ["memcache.tls_server_name"]=>
  NULL
}
string(0) ""
string(0) ""
int(28)
