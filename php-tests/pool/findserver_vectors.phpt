--TEST--
findServer() maps every recorded key to the server the C reference chose (all shapes, strategies, hash functions)
--DESCRIPTION--
Spec §6.4 (and §3.1 for the key normalisation before hashing). Replays every vector of
tests/fixtures/hash_{keys,shapes,results}.txt, recorded from the C extension by tools/record-vectors.php:
for each pool shape and each memcache.hash_strategy × memcache.hash_function (set before the pool is
created, when they are captured), findServer() of every key must return the recorded server. No
memcached is involved: addServer() is lazy and findServer() does no I/O.
E_DEPRECATED is masked so the 8.0 oracle's dynamic-property deprecation does not show.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
$dir = __DIR__ . '/../../tests/fixtures';
$keys = array_map('hex2bin', file("$dir/hash_keys.txt", FILE_IGNORE_NEW_LINES));
$shapes = [];
foreach (file("$dir/hash_shapes.txt", FILE_IGNORE_NEW_LINES) as $line) {
    $shapes[] = array_map(function ($s) {
        preg_match('/^(.*),(\d+),(\d+)$/', $s, $m);
        return [$m[1], (int)$m[2], (int)$m[3]];
    }, explode(' ', $line));
}
echo count($keys), " keys, ", count($shapes), " shapes\n";

foreach (file("$dir/hash_results.txt", FILE_IGNORE_NEW_LINES) as $line) {
    [$si, $strategy, $function, $digits] = explode(' ', $line);
    if (strlen($digits) != count($keys)) {
        echo "shape $si $strategy/$function: ", strlen($digits), " results for ", count($keys), " keys\n";
        continue;
    }
    ini_set('memcache.hash_strategy', $strategy);
    ini_set('memcache.hash_function', $function);
    $pool = new MemcachePool();
    $names = [];
    foreach ($shapes[$si] as [$host, $port, $weight]) {
        $pool->addServer($host, $port, 0, false, $weight);
        $names[] = "$host:$port";
    }
    $ok = 0;
    $shown = 0;
    foreach ($keys as $i => $key) {
        $expected = $names[intval($digits[$i], 36)];
        $got = $pool->findServer($key);
        if ($got === $expected) {
            $ok++;
        } elseif ($shown++ < 10) {
            echo "shape $si $strategy/$function: key ", bin2hex($key), ": expected $expected, got ",
                var_export($got, true), "\n";
        }
    }
    echo "shape $si $strategy/$function: $ok ok\n";
}
?>
--EXPECT--
10631 keys, 11 shapes
shape 0 standard/crc32: 10631 ok
shape 0 standard/fnv: 10631 ok
shape 0 consistent/crc32: 10631 ok
shape 0 consistent/fnv: 10631 ok
shape 1 standard/crc32: 10631 ok
shape 1 standard/fnv: 10631 ok
shape 1 consistent/crc32: 10631 ok
shape 1 consistent/fnv: 10631 ok
shape 2 standard/crc32: 10631 ok
shape 2 standard/fnv: 10631 ok
shape 2 consistent/crc32: 10631 ok
shape 2 consistent/fnv: 10631 ok
shape 3 standard/crc32: 10631 ok
shape 3 standard/fnv: 10631 ok
shape 3 consistent/crc32: 10631 ok
shape 3 consistent/fnv: 10631 ok
shape 4 standard/crc32: 10631 ok
shape 4 standard/fnv: 10631 ok
shape 4 consistent/crc32: 10631 ok
shape 4 consistent/fnv: 10631 ok
shape 5 standard/crc32: 10631 ok
shape 5 standard/fnv: 10631 ok
shape 5 consistent/crc32: 10631 ok
shape 5 consistent/fnv: 10631 ok
shape 6 standard/crc32: 10631 ok
shape 6 standard/fnv: 10631 ok
shape 6 consistent/crc32: 10631 ok
shape 6 consistent/fnv: 10631 ok
shape 7 standard/crc32: 10631 ok
shape 7 standard/fnv: 10631 ok
shape 7 consistent/crc32: 10631 ok
shape 7 consistent/fnv: 10631 ok
shape 8 standard/crc32: 10631 ok
shape 8 standard/fnv: 10631 ok
shape 8 consistent/crc32: 10631 ok
shape 8 consistent/fnv: 10631 ok
shape 9 standard/crc32: 10631 ok
shape 9 standard/fnv: 10631 ok
shape 9 consistent/crc32: 10631 ok
shape 9 consistent/fnv: 10631 ok
shape 10 standard/crc32: 10631 ok
shape 10 standard/fnv: 10631 ok
shape 10 consistent/crc32: 10631 ok
shape 10 consistent/fnv: 10631 ok
