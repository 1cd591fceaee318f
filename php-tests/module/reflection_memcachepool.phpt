--TEST--
Reflection dump of class MemcachePool: 25 methods (the 23 of the reference, then remember and invalidate), names, parameters, types, return types, order
--DESCRIPTION--
Spec §2.1/§2.3. Every optional parameter prints "= <default>" (internal arginfo without default strings).
--FILE--
<?php
echo new ReflectionClass('MemcachePool');
?>
--EXPECT--
Class [ <internal:memcache> class MemcachePool ] {

  - Constants [0] {
  }

  - Static properties [0] {
  }

  - Static methods [0] {
  }

  - Properties [0] {
  }

  - Methods [25] {
    Method [ <internal:memcache> public method connect ] {

      - Parameters [7] {
        Parameter #0 [ <required> $host ]
        Parameter #1 [ <optional> $tcp_port = <default> ]
        Parameter #2 [ <optional> $udp_port = <default> ]
        Parameter #3 [ <optional> $persistent = <default> ]
        Parameter #4 [ <optional> $weight = <default> ]
        Parameter #5 [ <optional> $timeout = <default> ]
        Parameter #6 [ <optional> $retry_interval = <default> ]
      }
    }

    Method [ <internal:memcache> public method addserver ] {

      - Parameters [8] {
        Parameter #0 [ <required> $host ]
        Parameter #1 [ <optional> $tcp_port = <default> ]
        Parameter #2 [ <optional> $udp_port = <default> ]
        Parameter #3 [ <optional> $persistent = <default> ]
        Parameter #4 [ <optional> $weight = <default> ]
        Parameter #5 [ <optional> $timeout = <default> ]
        Parameter #6 [ <optional> $retry_interval = <default> ]
        Parameter #7 [ <optional> $status = <default> ]
      }
      - Return [ bool ]
    }

    Method [ <internal:memcache> public method setserverparams ] {

      - Parameters [6] {
        Parameter #0 [ <required> string $host ]
        Parameter #1 [ <optional> int $tcp_port = <default> ]
        Parameter #2 [ <optional> float $timeout = <default> ]
        Parameter #3 [ <optional> int $retry_interval = <default> ]
        Parameter #4 [ <optional> bool $status = <default> ]
        Parameter #5 [ <optional> $failure_callback = <default> ]
      }
      - Return [ bool ]
    }

    Method [ <internal:memcache> public method setfailurecallback ] {

      - Parameters [1] {
        Parameter #0 [ <required> ?callable $failure_callback ]
      }
      - Return [ bool ]
    }

    Method [ <internal:memcache> public method getserverstatus ] {

      - Parameters [2] {
        Parameter #0 [ <required> string $host ]
        Parameter #1 [ <optional> int $tcp_port = <default> ]
      }
      - Return [ int|bool ]
    }

    Method [ <internal:memcache> public method findserver ] {

      - Parameters [1] {
        Parameter #0 [ <required> string $key ]
      }
      - Return [ string|bool ]
    }

    Method [ <internal:memcache> public method getversion ] {

      - Parameters [0] {
      }
      - Return [ string|bool ]
    }

    Method [ <internal:memcache> public method add ] {

      - Parameters [5] {
        Parameter #0 [ <required> array|string $key ]
        Parameter #1 [ <optional> mixed $value = <default> ]
        Parameter #2 [ <optional> int $flags = <default> ]
        Parameter #3 [ <optional> int $exptime = <default> ]
        Parameter #4 [ <optional> int $cas = <default> ]
      }
      - Return [ bool ]
    }

    Method [ <internal:memcache> public method set ] {

      - Parameters [5] {
        Parameter #0 [ <required> array|string $key ]
        Parameter #1 [ <optional> mixed $value = <default> ]
        Parameter #2 [ <optional> int $flags = <default> ]
        Parameter #3 [ <optional> int $exptime = <default> ]
        Parameter #4 [ <optional> int $cas = <default> ]
      }
      - Return [ bool ]
    }

    Method [ <internal:memcache> public method replace ] {

      - Parameters [5] {
        Parameter #0 [ <required> array|string $key ]
        Parameter #1 [ <optional> mixed $value = <default> ]
        Parameter #2 [ <optional> int $flags = <default> ]
        Parameter #3 [ <optional> int $exptime = <default> ]
        Parameter #4 [ <optional> int $cas = <default> ]
      }
      - Return [ bool ]
    }

    Method [ <internal:memcache> public method cas ] {

      - Parameters [5] {
        Parameter #0 [ <required> array|string $key ]
        Parameter #1 [ <optional> mixed $value = <default> ]
        Parameter #2 [ <optional> int $flags = <default> ]
        Parameter #3 [ <optional> int $exptime = <default> ]
        Parameter #4 [ <optional> int $cas = <default> ]
      }
      - Return [ bool ]
    }

    Method [ <internal:memcache> public method append ] {

      - Parameters [5] {
        Parameter #0 [ <required> array|string $key ]
        Parameter #1 [ <optional> mixed $value = <default> ]
        Parameter #2 [ <optional> int $flags = <default> ]
        Parameter #3 [ <optional> int $exptime = <default> ]
        Parameter #4 [ <optional> int $cas = <default> ]
      }
      - Return [ bool ]
    }

    Method [ <internal:memcache> public method prepend ] {

      - Parameters [5] {
        Parameter #0 [ <required> array|string $key ]
        Parameter #1 [ <optional> mixed $value = <default> ]
        Parameter #2 [ <optional> int $flags = <default> ]
        Parameter #3 [ <optional> int $exptime = <default> ]
        Parameter #4 [ <optional> int $cas = <default> ]
      }
      - Return [ bool ]
    }

    Method [ <internal:memcache> public method get ] {

      - Parameters [3] {
        Parameter #0 [ <required> array|string $key ]
        Parameter #1 [ <optional> mixed &$flags = <default> ]
        Parameter #2 [ <optional> mixed &$cas = <default> ]
      }
      - Return [ mixed ]
    }

    Method [ <internal:memcache> public method delete ] {

      - Parameters [2] {
        Parameter #0 [ <required> array|string $key ]
        Parameter #1 [ <optional> int $exptime = <default> ]
      }
      - Return [ array|bool ]
    }

    Method [ <internal:memcache> public method getstats ] {

      - Parameters [3] {
        Parameter #0 [ <optional> string $type = <default> ]
        Parameter #1 [ <optional> int $slabid = <default> ]
        Parameter #2 [ <optional> int $limit = <default> ]
      }
      - Return [ array|bool ]
    }

    Method [ <internal:memcache> public method getextendedstats ] {

      - Parameters [3] {
        Parameter #0 [ <optional> string $type = <default> ]
        Parameter #1 [ <optional> int $slabid = <default> ]
        Parameter #2 [ <optional> int $limit = <default> ]
      }
      - Return [ array|bool ]
    }

    Method [ <internal:memcache> public method setcompressthreshold ] {

      - Parameters [2] {
        Parameter #0 [ <required> int $threshold ]
        Parameter #1 [ <optional> float $min_savings = <default> ]
      }
      - Return [ bool ]
    }

    Method [ <internal:memcache> public method increment ] {

      - Parameters [4] {
        Parameter #0 [ <required> array|string $key ]
        Parameter #1 [ <optional> int $value = <default> ]
        Parameter #2 [ <optional> int $defval = <default> ]
        Parameter #3 [ <optional> int $exptime = <default> ]
      }
      - Return [ array|int|bool ]
    }

    Method [ <internal:memcache> public method decrement ] {

      - Parameters [4] {
        Parameter #0 [ <required> array|string $key ]
        Parameter #1 [ <optional> int $value = <default> ]
        Parameter #2 [ <optional> int $defval = <default> ]
        Parameter #3 [ <optional> int $exptime = <default> ]
      }
      - Return [ array|int|bool ]
    }

    Method [ <internal:memcache> public method close ] {

      - Parameters [0] {
      }
      - Return [ bool ]
    }

    Method [ <internal:memcache> public method flush ] {

      - Parameters [1] {
        Parameter #0 [ <optional> int $delay = <default> ]
      }
      - Return [ bool ]
    }

    Method [ <internal:memcache> public method setSaslAuthData ] {

      - Parameters [2] {
        Parameter #0 [ <required> string $username ]
        Parameter #1 [ <required> string $password ]
      }
      - Return [ bool ]
    }

    Method [ <internal:memcache> public method remember ] {

      - Parameters [5] {
        Parameter #0 [ <required> string $key ]
        Parameter #1 [ <required> callable $compute ]
        Parameter #2 [ <optional> int $ttl = 0 ]
        Parameter #3 [ <optional> int $stale = 0 ]
        Parameter #4 [ <optional> int $flags = 0 ]
      }
      - Return [ mixed ]
    }

    Method [ <internal:memcache> public method invalidate ] {

      - Parameters [1] {
        Parameter #0 [ <required> array|string $key ]
      }
      - Return [ bool ]
    }
  }
}
