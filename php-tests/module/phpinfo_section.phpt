--TEST--
phpinfo(INFO_MODULES): the memcache section (support row, Version 8.2, all directives)
--DESCRIPTION--
The two memcache.session_lock_wait_* entries are ours (session lock back-off in ms; not in the reference), and
so are the five memcache.tls_* entries (TLS, issue 13).
Spec §1: row "memcache support" = "enabled", row "Version" = "8.2", then the INI entries.
The oracle prints "Version => 4.0.5.2" and lacks memcache.select_api, so it fails this test on purpose
(documented 8.0-vs-8.2 differences: version string; select_api is one of the 21 entries of §9).
The oracle also prints a "Revision => $Revision$" row; we print the spec's two rows, then (issue 8) what
this build supports: the session handler, the protocols and the compression library.
phpinfo() lists the directives sorted by name; memcache.protocol is changed at runtime to show that
the local value column follows ini_set() while the master value stays the default.
--INI--
; the master value must be the default even when the suite runs with -d memcache.protocol=binary
memcache.protocol=ascii
--FILE--
<?php
ini_set('memcache.protocol', 'binary');
ob_start();
phpinfo(INFO_MODULES);
$lines = explode("\n", ob_get_clean());
$start = array_search('memcache', $lines, true);
$out = [];
for ($i = $start; $i < count($lines); $i++) {
    if ($i > $start + 1 && $lines[$i] === '' && $lines[$i - 1] !== '' && str_starts_with($lines[$i - 1], 'memcache.')) break;
    $out[] = $lines[$i];
}
echo implode("\n", $out), "\n";
?>
--EXPECT--
memcache

memcache support => enabled
Version => 8.2
Session save handler => memcache
Protocols => ascii, binary (SASL PLAIN), meta, UDP reads (ascii)
Compression => zlib (system libz)

Directive => Local Value => Master Value
memcache.allow_failover => 1 => 1
memcache.chunk_size => 32768 => 32768
memcache.compress_threshold => 20000 => 20000
memcache.default_port => 11211 => 11211
memcache.hash_function => crc32 => crc32
memcache.hash_strategy => consistent => consistent
memcache.lock_timeout => 15 => 15
memcache.max_failover_attempts => 20 => 20
memcache.prefix_host_key => Off => Off
memcache.prefix_host_key_remove_subdomain => Off => Off
memcache.prefix_host_key_remove_www => On => On
memcache.prefix_static_key => no value => no value
memcache.protocol => binary => ascii
memcache.redundancy => 1 => 1
memcache.select_api => select => select
memcache.session_lock_wait_max => 1000 => 1000
memcache.session_lock_wait_min => 5 => 5
memcache.session_prefix_host_key => Off => Off
memcache.session_prefix_host_key_remove_subdomain => Off => Off
memcache.session_prefix_host_key_remove_www => On => On
memcache.session_prefix_static_key => no value => no value
memcache.session_redundancy => 2 => 2
memcache.session_save_path => no value => no value
memcache.tls_ca_file => no value => no value
memcache.tls_cert_file => no value => no value
memcache.tls_key_file => no value => no value
memcache.tls_server_name => no value => no value
memcache.tls_verify_peer => On => On
