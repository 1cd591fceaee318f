--TEST--
session save path: an entry PHP's URL parser rejects gives "Failed to parse memcache.save_path (error at offset %d, url was '%s')"
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
session.save_handler=memcache
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
// Spec §8.1 / §11. An entry is rejected when parse_url() would return false for it (an empty host after "//",
// a port that is not a number or is > 65535, "unix://" with nothing after it, ...). open() then fails, so PHP
// adds its "Failed to initialize storage module" warning.
// Observed with the C extension (8.0), not spelled out by the spec: the offset is where the bad entry starts
// in the whole path, but 'url was' shows the whole path, not the entry; and "unix:" is only recognised in
// lower case ("UNIX:///path" is parsed as a URL with an empty host).
// The paths use fixed addresses: open() fails before connecting to anything.
ob_start();
$msgs = [];
set_error_handler(function ($no, $msg) use (&$msgs) { $msgs[] = $msg; return true; });
$paths = ['tcp://:11211', ':11211', 'tcp://127.0.0.1:99999', 'tcp://127.0.0.1:65536', 'tcp://127.0.0.1:-1',
          'tcp://127.0.0.1:abc', 'unix://', 'tcp:///11211', ':', 'UNIX:///tmp/memcached.sock',
          'tcp://127.0.0.1:11211, tcp://:1', '  tcp://:1', '127.0.0.1:11211,127.0.0.1:11212,,tcp://:2 tcp://:3'];
foreach ($paths as $i => $path) {
    ini_set('session.save_path', $path);
    session_id("sess-parse-$i");
    $msgs = [];
    $r = session_start();
    if ($r) session_abort();
    echo "'$path' -> ", var_export($r, true), "\n";
    foreach ($msgs as $m) echo "  $m\n";
}
?>
--EXPECT--
'tcp://:11211' -> false
  session_start(): Failed to parse memcache.save_path (error at offset 0, url was 'tcp://:11211')
  session_start(): Failed to initialize storage module: memcache (path: tcp://:11211)
':11211' -> false
  session_start(): Failed to parse memcache.save_path (error at offset 0, url was ':11211')
  session_start(): Failed to initialize storage module: memcache (path: :11211)
'tcp://127.0.0.1:99999' -> false
  session_start(): Failed to parse memcache.save_path (error at offset 0, url was 'tcp://127.0.0.1:99999')
  session_start(): Failed to initialize storage module: memcache (path: tcp://127.0.0.1:99999)
'tcp://127.0.0.1:65536' -> false
  session_start(): Failed to parse memcache.save_path (error at offset 0, url was 'tcp://127.0.0.1:65536')
  session_start(): Failed to initialize storage module: memcache (path: tcp://127.0.0.1:65536)
'tcp://127.0.0.1:-1' -> false
  session_start(): Failed to parse memcache.save_path (error at offset 0, url was 'tcp://127.0.0.1:-1')
  session_start(): Failed to initialize storage module: memcache (path: tcp://127.0.0.1:-1)
'tcp://127.0.0.1:abc' -> false
  session_start(): Failed to parse memcache.save_path (error at offset 0, url was 'tcp://127.0.0.1:abc')
  session_start(): Failed to initialize storage module: memcache (path: tcp://127.0.0.1:abc)
'unix://' -> false
  session_start(): Failed to parse memcache.save_path (error at offset 0, url was 'unix://')
  session_start(): Failed to initialize storage module: memcache (path: unix://)
'tcp:///11211' -> false
  session_start(): Failed to parse memcache.save_path (error at offset 0, url was 'tcp:///11211')
  session_start(): Failed to initialize storage module: memcache (path: tcp:///11211)
':' -> false
  session_start(): Failed to parse memcache.save_path (error at offset 0, url was ':')
  session_start(): Failed to initialize storage module: memcache (path: :)
'UNIX:///tmp/memcached.sock' -> false
  session_start(): Failed to parse memcache.save_path (error at offset 0, url was 'UNIX:///tmp/memcached.sock')
  session_start(): Failed to initialize storage module: memcache (path: UNIX:///tmp/memcached.sock)
'tcp://127.0.0.1:11211, tcp://:1' -> false
  session_start(): Failed to parse memcache.save_path (error at offset 23, url was 'tcp://127.0.0.1:11211, tcp://:1')
  session_start(): Failed to initialize storage module: memcache (path: tcp://127.0.0.1:11211, tcp://:1)
'  tcp://:1' -> false
  session_start(): Failed to parse memcache.save_path (error at offset 2, url was '  tcp://:1')
  session_start(): Failed to initialize storage module: memcache (path:   tcp://:1)
'127.0.0.1:11211,127.0.0.1:11212,,tcp://:2 tcp://:3' -> false
  session_start(): Failed to parse memcache.save_path (error at offset 33, url was '127.0.0.1:11211,127.0.0.1:11212,,tcp://:2 tcp://:3')
  session_start(): Failed to initialize storage module: memcache (path: 127.0.0.1:11211,127.0.0.1:11212,,tcp://:2 tcp://:3)
