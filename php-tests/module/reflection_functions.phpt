--TEST--
Reflection dump of all 24 memcache_* functions
--DESCRIPTION--
Spec §2.4, including the memcache_add_server QUIRK (10 parameters in Reflection, "MemcachePool $memcache"),
the untyped $key/$exptime of memcache_get/memcache_delete and memcache_debug's "bool" return type.
--FILE--
<?php
$fns = ['memcache_connect', 'memcache_pconnect', 'memcache_add_server', 'memcache_set_server_params',
    'memcache_set_failure_callback', 'memcache_get_server_status', 'memcache_get_version', 'memcache_add',
    'memcache_set', 'memcache_replace', 'memcache_cas', 'memcache_append', 'memcache_prepend', 'memcache_get',
    'memcache_delete', 'memcache_debug', 'memcache_get_stats', 'memcache_get_extended_stats',
    'memcache_set_compress_threshold', 'memcache_increment', 'memcache_decrement', 'memcache_close',
    'memcache_flush', 'memcache_set_sasl_auth_data'];
foreach ($fns as $f) {
    $r = new ReflectionFunction($f);
    echo $r;
    var_dump($r->getNumberOfParameters(), $r->getNumberOfRequiredParameters(), $r->returnsReference());
}
?>
--EXPECT--
Function [ <internal:memcache> function memcache_connect ] {

  - Parameters [8] {
    Parameter #0 [ <required> $host ]
    Parameter #1 [ <optional> $port = <default> ]
    Parameter #2 [ <optional> $timeout = <default> ]
    Parameter #3 [ <optional> $unused4 = <default> ]
    Parameter #4 [ <optional> $unused5 = <default> ]
    Parameter #5 [ <optional> $unused6 = <default> ]
    Parameter #6 [ <optional> $unused7 = <default> ]
    Parameter #7 [ <optional> $unugsed8 = <default> ]
  }
}
int(8)
int(1)
bool(false)
Function [ <internal:memcache> function memcache_pconnect ] {

  - Parameters [8] {
    Parameter #0 [ <required> $host ]
    Parameter #1 [ <optional> $port = <default> ]
    Parameter #2 [ <optional> $timeout = <default> ]
    Parameter #3 [ <optional> $unused4 = <default> ]
    Parameter #4 [ <optional> $unused5 = <default> ]
    Parameter #5 [ <optional> $unused6 = <default> ]
    Parameter #6 [ <optional> $unused7 = <default> ]
    Parameter #7 [ <optional> $unugsed8 = <default> ]
  }
}
int(8)
int(1)
bool(false)
Function [ <internal:memcache> function memcache_add_server ] {

  - Parameters [10] {
    Parameter #0 [ <required> MemcachePool $memcache ]
    Parameter #1 [ <required> $host ]
    Parameter #2 [ <optional> $port = <default> ]
    Parameter #3 [ <optional> $tcp_port = <default> ]
    Parameter #4 [ <optional> $persistent = <default> ]
    Parameter #5 [ <optional> $weight = <default> ]
    Parameter #6 [ <optional> $timeout = <default> ]
    Parameter #7 [ <optional> $retry_interval = <default> ]
    Parameter #8 [ <optional> $status = <default> ]
    Parameter #9 [ <optional> $failure_callback = <default> ]
  }
  - Return [ bool ]
}
int(10)
int(2)
bool(false)
Function [ <internal:memcache> function memcache_set_server_params ] {

  - Parameters [7] {
    Parameter #0 [ <required> MemcachePool $memcache ]
    Parameter #1 [ <required> string $host ]
    Parameter #2 [ <optional> int $tcp_port = <default> ]
    Parameter #3 [ <optional> float $timeout = <default> ]
    Parameter #4 [ <optional> int $retry_interval = <default> ]
    Parameter #5 [ <optional> bool $status = <default> ]
    Parameter #6 [ <optional> $failure_callback = <default> ]
  }
  - Return [ bool ]
}
int(7)
int(2)
bool(false)
Function [ <internal:memcache> function memcache_set_failure_callback ] {

  - Parameters [2] {
    Parameter #0 [ <required> MemcachePool $memcache ]
    Parameter #1 [ <required> ?callable $failure_callback ]
  }
  - Return [ bool ]
}
int(2)
int(2)
bool(false)
Function [ <internal:memcache> function memcache_get_server_status ] {

  - Parameters [3] {
    Parameter #0 [ <required> MemcachePool $memcache ]
    Parameter #1 [ <required> string $host ]
    Parameter #2 [ <optional> int $tcp_port = <default> ]
  }
  - Return [ int|bool ]
}
int(3)
int(2)
bool(false)
Function [ <internal:memcache> function memcache_get_version ] {

  - Parameters [1] {
    Parameter #0 [ <required> MemcachePool $memcache ]
  }
  - Return [ string|bool ]
}
int(1)
int(1)
bool(false)
Function [ <internal:memcache> function memcache_add ] {

  - Parameters [6] {
    Parameter #0 [ <required> MemcachePool $memcache ]
    Parameter #1 [ <required> array|string $key ]
    Parameter #2 [ <optional> mixed $value = <default> ]
    Parameter #3 [ <optional> int $flags = <default> ]
    Parameter #4 [ <optional> int $exptime = <default> ]
    Parameter #5 [ <optional> int $cas = <default> ]
  }
  - Return [ bool ]
}
int(6)
int(2)
bool(false)
Function [ <internal:memcache> function memcache_set ] {

  - Parameters [6] {
    Parameter #0 [ <required> MemcachePool $memcache ]
    Parameter #1 [ <required> array|string $key ]
    Parameter #2 [ <optional> mixed $value = <default> ]
    Parameter #3 [ <optional> int $flags = <default> ]
    Parameter #4 [ <optional> int $exptime = <default> ]
    Parameter #5 [ <optional> int $cas = <default> ]
  }
  - Return [ bool ]
}
int(6)
int(2)
bool(false)
Function [ <internal:memcache> function memcache_replace ] {

  - Parameters [6] {
    Parameter #0 [ <required> MemcachePool $memcache ]
    Parameter #1 [ <required> array|string $key ]
    Parameter #2 [ <optional> mixed $value = <default> ]
    Parameter #3 [ <optional> int $flags = <default> ]
    Parameter #4 [ <optional> int $exptime = <default> ]
    Parameter #5 [ <optional> int $cas = <default> ]
  }
  - Return [ bool ]
}
int(6)
int(2)
bool(false)
Function [ <internal:memcache> function memcache_cas ] {

  - Parameters [6] {
    Parameter #0 [ <required> MemcachePool $memcache ]
    Parameter #1 [ <required> array|string $key ]
    Parameter #2 [ <optional> mixed $value = <default> ]
    Parameter #3 [ <optional> int $flags = <default> ]
    Parameter #4 [ <optional> int $exptime = <default> ]
    Parameter #5 [ <optional> int $cas = <default> ]
  }
  - Return [ bool ]
}
int(6)
int(2)
bool(false)
Function [ <internal:memcache> function memcache_append ] {

  - Parameters [6] {
    Parameter #0 [ <required> MemcachePool $memcache ]
    Parameter #1 [ <required> array|string $key ]
    Parameter #2 [ <optional> mixed $value = <default> ]
    Parameter #3 [ <optional> int $flags = <default> ]
    Parameter #4 [ <optional> int $exptime = <default> ]
    Parameter #5 [ <optional> int $cas = <default> ]
  }
  - Return [ bool ]
}
int(6)
int(2)
bool(false)
Function [ <internal:memcache> function memcache_prepend ] {

  - Parameters [6] {
    Parameter #0 [ <required> MemcachePool $memcache ]
    Parameter #1 [ <required> array|string $key ]
    Parameter #2 [ <optional> mixed $value = <default> ]
    Parameter #3 [ <optional> int $flags = <default> ]
    Parameter #4 [ <optional> int $exptime = <default> ]
    Parameter #5 [ <optional> int $cas = <default> ]
  }
  - Return [ bool ]
}
int(6)
int(2)
bool(false)
Function [ <internal:memcache> function memcache_get ] {

  - Parameters [4] {
    Parameter #0 [ <required> MemcachePool $memcache ]
    Parameter #1 [ <required> $key ]
    Parameter #2 [ <optional> &$flags = <default> ]
    Parameter #3 [ <optional> &$cas = <default> ]
  }
  - Return [ mixed ]
}
int(4)
int(2)
bool(false)
Function [ <internal:memcache> function memcache_delete ] {

  - Parameters [3] {
    Parameter #0 [ <required> MemcachePool $memcache ]
    Parameter #1 [ <required> $key ]
    Parameter #2 [ <optional> $exptime = <default> ]
  }
  - Return [ array|bool ]
}
int(3)
int(2)
bool(false)
Function [ <internal:memcache> function memcache_debug ] {

  - Parameters [1] {
    Parameter #0 [ <required> $on_off ]
  }
  - Return [ bool ]
}
int(1)
int(1)
bool(false)
Function [ <internal:memcache> function memcache_get_stats ] {

  - Parameters [4] {
    Parameter #0 [ <required> MemcachePool $memcache ]
    Parameter #1 [ <optional> string $type = <default> ]
    Parameter #2 [ <optional> int $slabid = <default> ]
    Parameter #3 [ <optional> int $limit = <default> ]
  }
  - Return [ array|bool ]
}
int(4)
int(1)
bool(false)
Function [ <internal:memcache> function memcache_get_extended_stats ] {

  - Parameters [4] {
    Parameter #0 [ <required> MemcachePool $memcache ]
    Parameter #1 [ <optional> string $type = <default> ]
    Parameter #2 [ <optional> int $slabid = <default> ]
    Parameter #3 [ <optional> int $limit = <default> ]
  }
  - Return [ array|bool ]
}
int(4)
int(1)
bool(false)
Function [ <internal:memcache> function memcache_set_compress_threshold ] {

  - Parameters [3] {
    Parameter #0 [ <required> MemcachePool $memcache ]
    Parameter #1 [ <required> int $threshold ]
    Parameter #2 [ <optional> float $min_savings = <default> ]
  }
  - Return [ bool ]
}
int(3)
int(2)
bool(false)
Function [ <internal:memcache> function memcache_increment ] {

  - Parameters [5] {
    Parameter #0 [ <required> MemcachePool $memcache ]
    Parameter #1 [ <required> array|string $key ]
    Parameter #2 [ <optional> int $value = <default> ]
    Parameter #3 [ <optional> int $defval = <default> ]
    Parameter #4 [ <optional> int $exptime = <default> ]
  }
  - Return [ array|int|bool ]
}
int(5)
int(2)
bool(false)
Function [ <internal:memcache> function memcache_decrement ] {

  - Parameters [5] {
    Parameter #0 [ <required> MemcachePool $memcache ]
    Parameter #1 [ <required> array|string $key ]
    Parameter #2 [ <optional> int $value = <default> ]
    Parameter #3 [ <optional> int $defval = <default> ]
    Parameter #4 [ <optional> int $exptime = <default> ]
  }
  - Return [ array|int|bool ]
}
int(5)
int(2)
bool(false)
Function [ <internal:memcache> function memcache_close ] {

  - Parameters [1] {
    Parameter #0 [ <required> MemcachePool $memcache ]
  }
  - Return [ bool ]
}
int(1)
int(1)
bool(false)
Function [ <internal:memcache> function memcache_flush ] {

  - Parameters [2] {
    Parameter #0 [ <required> MemcachePool $memcache ]
    Parameter #1 [ <optional> int $delay = <default> ]
  }
  - Return [ bool ]
}
int(2)
int(1)
bool(false)
Function [ <internal:memcache> function memcache_set_sasl_auth_data ] {

  - Parameters [3] {
    Parameter #0 [ <required> MemcachePool $memcache ]
    Parameter #1 [ <required> string $username ]
    Parameter #2 [ <required> string $password ]
  }
  - Return [ bool ]
}
int(3)
int(3)
bool(false)
