--TEST--
Valid memcache.* settings given with -d (--INI--) take effect at startup
--DESCRIPTION--
Values given on the command line become both the local and the master value.
--INI--
error_reporting=E_ALL
memcache.protocol=BINARY
memcache.hash_strategy=standard
memcache.hash_function=fnv
memcache.redundancy=2
memcache.session_redundancy=3
memcache.compress_threshold=0
memcache.default_port=11311
memcache.chunk_size=4096
memcache.max_failover_attempts=3
memcache.lock_timeout=5
memcache.allow_failover=0
memcache.prefix_static_key=pfx_
memcache.session_prefix_static_key=sess_
memcache.session_save_path=tcp://127.0.0.1:11311
memcache.prefix_host_key=1
memcache.session_prefix_host_key_remove_www=0
memcache.tls_ca_file=/etc/memcached/ca.pem
memcache.tls_cert_file=/etc/memcached/client.pem
memcache.tls_key_file=/etc/memcached/client.key
memcache.tls_verify_peer=0
memcache.tls_server_name=cache.internal
--FILE--
<?php
foreach (ini_get_all('memcache') as $name => $v) {
    if ($name === 'memcache.select_api') continue; // covered by ini_select_api.phpt (not in the 8.0 oracle)
    echo $name, ': ', var_export($v['local_value'], true), ' / ', var_export($v['global_value'], true), "\n";
}
?>
--EXPECT--
memcache.allow_failover: '0' / '0'
memcache.chunk_size: '4096' / '4096'
memcache.compress_threshold: '0' / '0'
memcache.default_port: '11311' / '11311'
memcache.hash_function: 'fnv' / 'fnv'
memcache.hash_strategy: 'standard' / 'standard'
memcache.lock_timeout: '5' / '5'
memcache.max_failover_attempts: '3' / '3'
memcache.prefix_host_key: '1' / '1'
memcache.prefix_host_key_remove_subdomain: '0' / '0'
memcache.prefix_host_key_remove_www: '1' / '1'
memcache.prefix_static_key: 'pfx_' / 'pfx_'
memcache.protocol: 'BINARY' / 'BINARY'
memcache.redundancy: '2' / '2'
memcache.session_lock_wait_max: '1000' / '1000'
memcache.session_lock_wait_min: '5' / '5'
memcache.session_prefix_host_key: '0' / '0'
memcache.session_prefix_host_key_remove_subdomain: '0' / '0'
memcache.session_prefix_host_key_remove_www: '0' / '0'
memcache.session_prefix_static_key: 'sess_' / 'sess_'
memcache.session_redundancy: '3' / '3'
memcache.session_save_path: 'tcp://127.0.0.1:11311' / 'tcp://127.0.0.1:11311'
memcache.tls_ca_file: '/etc/memcached/ca.pem' / '/etc/memcached/ca.pem'
memcache.tls_cert_file: '/etc/memcached/client.pem' / '/etc/memcached/client.pem'
memcache.tls_key_file: '/etc/memcached/client.key' / '/etc/memcached/client.key'
memcache.tls_server_name: 'cache.internal' / 'cache.internal'
memcache.tls_verify_peer: '0' / '0'
