<?php
/*
 * Records key → server vectors (spec §6.4) from the C reference extension.
 *
 *   php -n -d extension=memcache tools/record-vectors.php tests/fixtures
 *
 * No memcached is needed: addServer() is lazy and findServer() does no I/O, and every server is
 * usable, so no failover is involved. Writes into <outdir>:
 *
 *   hash_keys.txt     one raw (un-normalised) key per line, hex-encoded;
 *   hash_shapes.txt   one pool shape per line: its servers as `host,port,weight`, space-separated,
 *                     in insertion order (line number = shape number, from 0);
 *   hash_results.txt  one line per (shape, strategy, function): `<shape> <strategy> <function> <digits>`,
 *                     <digits> holding, for each key in hash_keys.txt order, the index of the server
 *                     findServer() chose, as one base-36 digit.
 *
 * The key list is generated deterministically (own xorshift PRNG, fixed seed), so re-running the
 * script reproduces the same files byte for byte.
 */

if ($argc != 2 || !is_dir($argv[1])) {
    fwrite(STDERR, "usage: php -n -d extension=memcache {$argv[0]} <outdir>\n");
    exit(2);
}
$out = rtrim($argv[1], '/');
error_reporting(E_ALL & ~E_DEPRECATED);

/* ---- deterministic PRNG (xorshift32) ---- */
$state = 0x2545F491;
function rnd(int $n): int {           // 0 .. $n-1
    global $state;
    $x = $state;
    $x ^= ($x << 13) & 0xFFFFFFFF;
    $x ^= $x >> 17;
    $x ^= ($x << 5) & 0xFFFFFFFF;
    $state = $x;
    return $x % $n;
}
function rnd_str(int $len, string $alphabet): string {
    $s = '';
    $n = strlen($alphabet);
    for ($i = 0; $i < $len; $i++) {
        $s .= $alphabet[rnd($n)];
    }
    return $s;
}
function range_bytes(int $from, int $to): string {
    $s = '';
    for ($b = $from; $b <= $to; $b++) {
        $s .= chr($b);
    }
    return $s;
}

$printable = range_bytes(0x21, 0x7E);
$alnum = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
$high = range_bytes(0x80, 0xFF);
$ctrl = range_bytes(0x00, 0x20);
$mixed_high = $alnum . $high . $high;          // about 80% bytes >= 0x80
$normalising = $alnum . $ctrl . " \t\r\n\0\x7F"; // control bytes, spaces, CR/LF, NUL (+ 0x7F kept)

$keys = [];
$add = function (string $k) use (&$keys) {
    if ($k !== '' && !isset($keys[$k])) {
        $keys[$k] = true;
    }
};

/* 1. Hand-picked edge cases. */
foreach ([
    'a', 'b', 'A', '_', '-', '0', '1', 'key', 'foo', 'bar', 'test', 'hello world', 'hello_world',
    ' ', "\t", "\r", "\n", "\r\n", "\0", "\0\0", "\x01", "\x1F", "\x20", "\x21", "\x7F", "\x80", "\xFF",
    "\xFF\xFF\xFF\xFF", 'a b', 'a_b', "a\tb", "a\nb", "a\0b", ' leading', 'trailing ', "\x7Fdel",
    'ключ', '日本語のキー', 'ü', 'Ünïcödé', "\xC3\x28", "\xE2\x82\xAC", "emoji \xF0\x9F\x98\x80",
    'user:1', 'user:2', 'session.abcdef', 'memc.sess.key.1234', 'key-0', 'key-1', 'key-19', 'key-20',
] as $k) {
    $add($k);
}
/* Lengths around the 250-byte limit: 240..260 and a few more, ASCII. */
for ($len = 240; $len <= 260; $len++) {
    $add(rnd_str($len, $alnum));
}

/* Keys whose (H >> 16) & 0x7FFF is 0, which the standard strategy maps as if it were 1 (ASCII keys
 * only, so PHP's plain fnv1a32 equals the reference's sign-extending FNV here). */
foreach (['crc32' => fn($k) => crc32($k), 'fnv' => fn($k) => hexdec(hash('fnv1a32', $k))] as $name => $h) {
    for ($n = 0, $found = 0; $found < 8; $n++) {
        $k = "h0-$name-$n";
        if ((($h($k) >> 16) & 0x7FFF) == 0) {
            $add($k);
            $found++;
        }
    }
}

/* 2. Short ASCII (1..20 printable bytes). */
for ($i = 0; $i < 4200; $i++) {
    $add(rnd_str(1 + rnd(20), $printable));
}
/* Structured, realistic names. */
for ($i = 0; $i < 600; $i++) {
    $kinds = ['user:%d', 'session_%d', 'cache/page/%d', 'obj.%d.meta', 'k%d', 'item-%d-v2'];
    $add(sprintf($kinds[rnd(count($kinds))], rnd(1000000)));
}

/* 3. Long ASCII (40..249). */
for ($i = 0; $i < 500; $i++) {
    $add(rnd_str(40 + rnd(210), $printable));
}

/* 4. Keys with bytes >= 0x80 (1..40 bytes, mostly high). */
for ($i = 0; $i < 2000; $i++) {
    $add(rnd_str(1 + rnd(40), $mixed_high));
}
/* Pure high bytes, including single-byte keys 0x80..0xFF. */
for ($b = 0x80; $b <= 0xFF; $b++) {
    $add(chr($b));
    $add('k' . chr($b));
}

/* 5. Keys of 250+ bytes: truncated to 250 before hashing. */
$long_lengths = [250, 251, 255, 256, 300, 300, 400, 400, 512];
for ($i = 0; $i < 110; $i++) {
    $len = $long_lengths[$i % count($long_lengths)];
    $alpha = [$printable, $printable, $mixed_high, $normalising][$i % 4];
    $k = rnd_str($len, $alpha);
    $add($k);
    if ($i % 5 == 0) {
        /* Same first 250 bytes, different tail: must map like $k. */
        $add(substr($k, 0, 250) . rnd_str(50 + rnd(100), $normalising . $high));
    }
}

/* 6. Keys that normalise: spaces, tabs, control characters, CR/LF, NUL. */
for ($i = 0; $i < 1500; $i++) {
    $add(rnd_str(1 + rnd(30), $normalising));
}
for ($b = 0x00; $b <= 0x20; $b++) {
    $add(chr($b));
    $add('a' . chr($b) . 'b');
    $add(chr($b) . chr($b));
}

/* 7. Numeric-looking keys. */
for ($i = 0; $i <= 400; $i++) {
    $add((string)$i);
    $add((string)-$i);
}
for ($i = 0; $i < 700; $i++) {
    switch (rnd(6)) {
        case 0: $add((string)rnd(2147483647)); break;
        case 1: $add((string)(rnd(1000000) / 100)); break;
        case 2: $add(rnd(1000) . 'e' . rnd(30)); break;
        case 3: $add('0x' . dechex(rnd(1 << 30))); break;
        case 4: $add(str_pad((string)rnd(10000), 8, '0', STR_PAD_LEFT)); break;
        case 5: $add((rnd(2) ? '+' : ' ') . rnd(100000)); break;
    }
}
foreach (['9223372036854775807', '9223372036854775808', '-9223372036854775808', '1.0', '-0', '0.0',
          '1e100', 'NAN', 'INF', '-INF', '007', '1 ', ' 1', '3.14159', '1,000', '0b101'] as $k) {
    $add($k);
}

$keys = array_keys($keys);
$keys = array_map('strval', $keys); // numeric-string array keys come back as ints

/* ---- pool shapes: [host, port, weight] in insertion order ---- */
$shapes = [
    [['127.0.0.1', 11211, 1]],
    [['127.0.0.1', 11211, 1], ['127.0.0.1', 11212, 1]],
    [['10.0.0.1', 11211, 1], ['10.0.0.2', 11211, 3], ['10.0.0.3', 11211, 2]],
    [['mc1.example', 11211, 1], ['mc2.example', 11211, 2], ['mc3.example', 11211, 3],
     ['mc4.example', 11211, 4], ['mc5.example', 11211, 5]],
    [['localhost', 11211, 1], ['mc-a.example', 11211, 2], ['mc-b.example', 11212, 1],
     ['127.0.0.1', 11211, 3], ['127.0.0.1', 11311, 1], ['192.168.0.254', 65535, 1],
     ['10.1.2.3', 1, 2], ['tcp://mc-c.example', 11211, 1], ['[::1]', 11211, 1], ['172.16.5.4', 22122, 5]],
    [['unix:///tmp/x.sock', 0, 1], ['127.0.0.1', 11211, 1], ['localhost', 11213, 2]],
    [['10.0.0.1', 11211, 1], ['10.0.0.2', 11211, 50]],
];
$flat = [];
for ($i = 0; $i < 20; $i++) {
    $flat[] = [sprintf('mc%02d.example', $i), 11211 + $i % 3, 1];
}
$shapes[] = $flat;
/* Consistent-ring corner cases, host names found by brute-force search:
 * - ties: points of different servers with equal hashes (crc32: c1194-98634.example:11211-136 and
 *   c2589-85229.example:11211-0, and more; fnv: tie673.example:11211-108 and tie2265.example:11211-86,
 *   and more). The reference sorts with qsort(); the two orders show which server a tie goes to.
 * - edges: a point exactly on a bucket boundary b × 4194303 (crc32: edge20491.example:11211-158 is
 *   bucket 997's; fnv: edge2054.example:11211-140 is bucket 343's), which the bucket must take (>=). */
$ties = [['c1194-98634.example', 11211, 1], ['c2589-85229.example', 11211, 1],
         ['tie673.example', 11211, 1], ['tie2265.example', 11211, 1]];
$shapes[] = $ties;
$shapes[] = array_reverse($ties);
$shapes[] = [['edge20491.example', 11211, 1], ['edge97277.example', 11211, 1], ['edge111359.example', 11211, 1],
             ['edge125583.example', 11211, 1], ['edge2054.example', 11211, 1], ['edge8728.example', 11211, 1],
             ['edge18250.example', 11211, 1], ['edge87407.example', 11211, 1], ['127.0.0.1', 11211, 1]];

$lines = [];
foreach ($shapes as $shape) {
    $lines[] = implode(' ', array_map(fn($s) => "$s[0],$s[1],$s[2]", $shape));
}
file_put_contents("$out/hash_shapes.txt", implode("\n", $lines) . "\n");
file_put_contents("$out/hash_keys.txt", implode("\n", array_map('bin2hex', $keys)) . "\n");

$results = [];
foreach ($shapes as $si => $shape) {
    $index = [];
    foreach ($shape as $i => $s) {
        $name = "$s[0]:$s[1]";
        if (isset($index[$name])) {
            fwrite(STDERR, "shape $si: duplicate server $name\n");
            exit(1);
        }
        $index[$name] = $i;
    }
    foreach (['standard', 'consistent'] as $strategy) {
        foreach (['crc32', 'fnv'] as $function) {
            // Captured when the pool is created, i.e. at the first addServer() of a new object.
            ini_set('memcache.hash_strategy', $strategy);
            ini_set('memcache.hash_function', $function);
            $pool = new MemcachePool();
            foreach ($shape as $s) {
                if (!$pool->addServer($s[0], $s[1], 0, false, $s[2])) {
                    fwrite(STDERR, "shape $si: addServer($s[0], $s[1]) failed\n");
                    exit(1);
                }
            }
            $digits = '';
            foreach ($keys as $k) {
                $found = $pool->findServer($k);
                if (!isset($index[$found])) {
                    fwrite(STDERR, "shape $si: findServer(" . bin2hex($k) . ") gave " . var_export($found, true) . "\n");
                    exit(1);
                }
                $digits .= base_convert((string)$index[$found], 10, 36);
            }
            $results[] = "$si $strategy $function $digits";
        }
    }
}
file_put_contents("$out/hash_results.txt", implode("\n", $results) . "\n");
printf("%d keys, %d shapes, %d vectors\n", count($keys), count($shapes), count($keys) * count($results));
