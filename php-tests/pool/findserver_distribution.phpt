--TEST--
findServer() distributes named keys over a 3-server pool as the C reference does
--DESCRIPTION--
Spec §6.4: human-readable examples of the key → server mapping, recorded from the C extension
(findserver_vectors.phpt replays the full recorded set). memcache.hash_strategy/hash_function are
captured when the pool is created, so they are set before each new pool. Keys are normalised first
(§3.1): "a b" and "a_b" are the same key, and only the first 250 bytes count. No I/O is done.
E_DEPRECATED is masked so the 8.0 oracle's dynamic-property deprecation does not show.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
function pool(string $strategy, string $function): MemcachePool {
    ini_set('memcache.hash_strategy', $strategy);
    ini_set('memcache.hash_function', $function);
    $p = new MemcachePool();
    $p->addServer('10.0.0.1', 11211, 0, false, 1);
    $p->addServer('10.0.0.2', 11211, 0, false, 1);
    $p->addServer('mc-a.example', 11212, 0, false, 2);
    return $p;
}
$keys = ['user:1', 'user:2', 'user:3', 'session', 'foo', 'bar', 'baz', 'counter', 'ключ', "\xff\x80"];
foreach ([['consistent', 'crc32'], ['consistent', 'fnv'], ['standard', 'crc32'], ['standard', 'fnv']] as [$s, $f]) {
    echo "$s/$f:\n";
    $p = pool($s, $f);
    foreach ($keys as $k) {
        $shown = preg_replace_callback('/[^\x21-\x7e]/', fn($m) => sprintf('\\x%02x', ord($m[0])), $k);
        printf("  %-36s %s\n", "\"$shown\"", $p->findServer($k));
    }
}
$p = pool('consistent', 'crc32');
$long = str_repeat('0123456789', 30);
var_dump($p->findServer('a b') === $p->findServer('a_b'));
var_dump($p->findServer("a\x00b") === $p->findServer('a_b'));
var_dump($p->findServer($long) === $p->findServer(substr($long, 0, 250)));
?>
--EXPECT--
consistent/crc32:
  "user:1"                             mc-a.example:11212
  "user:2"                             mc-a.example:11212
  "user:3"                             mc-a.example:11212
  "session"                            mc-a.example:11212
  "foo"                                10.0.0.1:11211
  "bar"                                10.0.0.1:11211
  "baz"                                10.0.0.1:11211
  "counter"                            mc-a.example:11212
  "\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87"   mc-a.example:11212
  "\xff\x80"                           10.0.0.1:11211
consistent/fnv:
  "user:1"                             mc-a.example:11212
  "user:2"                             10.0.0.1:11211
  "user:3"                             10.0.0.2:11211
  "session"                            10.0.0.1:11211
  "foo"                                mc-a.example:11212
  "bar"                                10.0.0.1:11211
  "baz"                                10.0.0.1:11211
  "counter"                            mc-a.example:11212
  "\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87"   10.0.0.2:11211
  "\xff\x80"                           10.0.0.1:11211
standard/crc32:
  "user:1"                             10.0.0.2:11211
  "user:2"                             10.0.0.1:11211
  "user:3"                             mc-a.example:11212
  "session"                            10.0.0.1:11211
  "foo"                                mc-a.example:11212
  "bar"                                mc-a.example:11212
  "baz"                                10.0.0.1:11211
  "counter"                            mc-a.example:11212
  "\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87"   mc-a.example:11212
  "\xff\x80"                           10.0.0.2:11211
standard/fnv:
  "user:1"                             mc-a.example:11212
  "user:2"                             mc-a.example:11212
  "user:3"                             mc-a.example:11212
  "session"                            mc-a.example:11212
  "foo"                                mc-a.example:11212
  "bar"                                mc-a.example:11212
  "baz"                                mc-a.example:11212
  "counter"                            10.0.0.1:11211
  "\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87"   mc-a.example:11212
  "\xff\x80"                           10.0.0.2:11211
bool(true)
bool(true)
bool(true)
