<?php
// One benchmark measurement: one client, one operation, in this process. bench/run.php starts it as
//
//   php -n [extension args] bench/client.php --client=C --op=OP --ports=P1,P2,P3 [--target=SECONDS] [--max-n=N]
//       [--tls=PORT:CAFILE]
//
// and reads the single JSON object it prints on stdout:
//
//   {"client":…, "op":…, "ok":true, "n":…, "seconds":…, "us_per_op":…, "mem":{…}, "info":{…}}
//   {"client":…, "op":…, "ok":false, "error":"…"}
//
// With --tls, the "memcache" client (our extension) talks to tls://127.0.0.1:PORT, a memcached -Z, trusting
// CAFILE; only the operations in TLS_OPS exist then.
// Clients: "memcache" (the Memcache class: our extension or the C one, whichever run.php loaded), "memcached"
// (the Memcached class of php-memcached/libmemcached) and "raw" (plain PHP sockets, no extension). Every
// operation is checked for a correct result before and after its timed loop, so a client that quietly fails
// (a miss, an uncompressed store, keys all on one server) is reported as an error rather than timed.

declare(strict_types=1);

const HOST = '127.0.0.1';
const MULTI_KEYS = 100;
const MULTI3_KEYS = 300;
const SMALL_LEN = 100;
const ZIP_LEN = 102400;       // 100 KB, compressible
const BIG_LEN = 1000000;      // 1 MB (decimal): fits memcached's default 1 MiB item size with the item header
const COMPRESS_THRESHOLD = 20000;

const OPS = [
    'set_100b', 'get_hit', 'get_miss', 'get_multi_100', 'set_100k_z', 'get_100k_z', 'incr',
    'get_multi_300_3srv', 'set_1mb', 'get_1mb', 'connect_get_close', 'remember_hit', 'connect_get_close_full',
];
const TLS_OPS = ['set_100b', 'get_hit', 'get_multi_100', 'connect_get_close', 'connect_get_close_full'];

final class BenchFailure extends RuntimeException {}

function fail(string $msg): never
{
    throw new BenchFailure($msg);
}

// Any warning or notice during a measurement is a failure: a client that warns is not doing the operation.
// Deprecations are masked: the C extension raises "Creation of dynamic property Memcache::$connection" on
// every new connection under PHP 8.2 (it still pays for building the message, as it would in production).
error_reporting(E_ALL & ~E_DEPRECATED & ~E_USER_DEPRECATED);
set_error_handler(static function (int $no, string $str, string $file, int $line): bool {
    fail("PHP error $no: $str (line $line)");
}, E_ALL & ~E_DEPRECATED & ~E_USER_DEPRECATED);

// ---- values ------------------------------------------------------------------------------------------

function small_value(): string
{
    return substr(str_repeat('0123456789abcdefghijklmnopqrstuvwxyz', 3), 0, SMALL_LEN);
}

// Text-like data made of words from a small vocabulary: zlib shrinks it to roughly a third, like HTML or JSON.
// mt_rand with a fixed seed gives the same bytes in every process.
function zip_value(): string
{
    static $v = null;
    if ($v !== null) {
        return $v;
    }
    $words = ['memcache', 'server', 'value', 'key', 'pool', 'request', 'session', 'compress', 'the', 'a',
        'of', 'to', 'and', 'in', 'is', 'for', 'on', 'with', 'user', 'id', 'name', 'email', 'created',
        'updated', 'status', 'active', 'items', 'price', 'total', 'order', 'cart', 'page', '<div>', '</div>',
        '{"id":', '"name":', '},', 'lorem', 'ipsum', 'dolor', 'sit', 'amet', 'consectetur', 'adipiscing'];
    mt_srand(20240601);
    $parts = [];
    $len = 0;
    while ($len < ZIP_LEN) {
        $w = $words[mt_rand(0, count($words) - 1)] . (mt_rand(0, 9) === 0 ? (string)mt_rand(0, 99999) : '') . ' ';
        $parts[] = $w;
        $len += strlen($w);
    }
    return $v = substr(implode('', $parts), 0, ZIP_LEN);
}

// Incompressible, so that no client can shrink it even if its compression were left on by mistake.
function big_value(): string
{
    return random_bytes(BIG_LEN);
}

/** Same keys and values, in any order (a multi-server get returns servers' replies in arrival order). */
function same_items(mixed $got, array $want): bool
{
    if (!is_array($got)) {
        return false;
    }
    ksort($got, SORT_STRING);
    ksort($want, SORT_STRING);
    return $got === $want;
}

function keys_list(string $prefix, int $n): array
{
    $keys = [];
    for ($i = 0; $i < $n; $i++) {
        $keys[] = "$prefix$i";
    }
    return $keys;
}

// ---- a raw ASCII-protocol client (no extension): the floor, and the checker for what others stored --------

final class Raw
{
    /** @var resource */
    public $s;

    public function __construct(int $port)
    {
        $ctx = stream_context_create(['socket' => ['tcp_nodelay' => true]]);
        $s = stream_socket_client('tcp://' . HOST . ":$port", $errno, $errstr, 1.0, STREAM_CLIENT_CONNECT, $ctx);
        if ($s === false) {
            fail("raw connect to $port: $errstr");
        }
        // One write (and reads of up to this size) per call: PHP's default 8 KB chunks would split a 1 MB set
        // into 128 send() calls.
        stream_set_chunk_size($s, 2 * 1024 * 1024);
        stream_set_timeout($s, 5);
        $this->s = $s;
    }

    public function close(): void
    {
        fclose($this->s);
    }

    public function set(string $key, string $value): bool
    {
        fwrite($this->s, "set $key 0 0 " . strlen($value) . "\r\n$value\r\n");
        return fgets($this->s) === "STORED\r\n";
    }

    /** @return string|false */
    public function get(string $key)
    {
        fwrite($this->s, "get $key\r\n");
        $line = fgets($this->s);
        if ($line === "END\r\n") {
            return false;
        }
        $value = $this->readValue($line);
        if (fgets($this->s) !== "END\r\n") {
            fail('raw get: no END');
        }
        return $value;
    }

    public function sendGetMulti(array $keys): void
    {
        fwrite($this->s, 'get ' . implode(' ', $keys) . "\r\n");
    }

    /** Reads the answer to sendGetMulti() into $out. */
    public function readGetMulti(array &$out): void
    {
        while (($line = fgets($this->s)) !== "END\r\n") {
            $key = substr($line, 6, strpos($line, ' ', 6) - 6);
            $out[$key] = $this->readValue($line);
        }
    }

    /** @return int|false */
    public function incr(string $key, int $by)
    {
        fwrite($this->s, "incr $key $by\r\n");
        $line = fgets($this->s);
        return ($line[0] >= '0' && $line[0] <= '9') ? (int)$line : false;
    }

    public function delete(string $key): void
    {
        fwrite($this->s, "delete $key\r\n");
        fgets($this->s);
    }

    /** [flags, stored byte count] of an item, or null if missing: used to check what a client stored. */
    public function itemInfo(string $key): ?array
    {
        fwrite($this->s, "get $key\r\n");
        $line = fgets($this->s);
        if ($line === "END\r\n") {
            return null;
        }
        $p = explode(' ', rtrim($line));
        $this->readValue($line);
        fgets($this->s);
        return [(int)$p[2], (int)$p[3]];
    }

    private function readValue(string|false $line): string
    {
        if ($line === false || strncmp($line, 'VALUE ', 6) !== 0) {
            fail('raw: unexpected reply ' . var_export($line, true));
        }
        $len = (int)substr($line, strrpos($line, ' ') + 1);
        $value = $len > 0 ? stream_get_contents($this->s, $len) : '';
        if (strlen($value) !== $len || fread($this->s, 2) !== "\r\n") {
            fail('raw: short value');
        }
        return $value;
    }
}

// ---- per-client operation tables ---------------------------------------------------------------------
//
// Each entry prepares its operation (outside the timing) and returns [loop, check]: loop(int $n) runs the
// operation n times; check() verifies the result once more after the timed loop. The loops are written out
// for each client on purpose, so they look alike: a shared loop that called the operation through a closure
// would add a call of its own to every timed operation.

/** `$connect` opens the connection the single-server operations use (default: connect() to the first port). */
function memcache_ops(string $op, array $ports, string $p, ?Closure $connect = null): array
{
    $connect ??= static function () use ($ports): Memcache {
        $m = new Memcache();
        if (!$m->connect(HOST, $ports[0])) {
            fail('Memcache::connect failed');
        }
        return $m;
    };
    $v = small_value();
    switch ($op) {
        case 'set_100b':
            $m = $connect();
            return [static function (int $n) use ($m, $p, $v) {
                for ($i = 0; $i < $n; $i++) {
                    $m->set("{$p}s", $v);
                }
            }, static fn() => $m->set("{$p}s", $v) === true && $m->get("{$p}s") === $v];
        case 'get_hit':
            $m = $connect();
            $m->set("{$p}h", $v);
            return [static function (int $n) use ($m, $p) {
                for ($i = 0; $i < $n; $i++) {
                    $m->get("{$p}h");
                }
            }, static fn() => $m->get("{$p}h") === $v];
        case 'get_miss':
            $m = $connect();
            $m->delete("{$p}miss");
            return [static function (int $n) use ($m, $p) {
                for ($i = 0; $i < $n; $i++) {
                    $m->get("{$p}miss");
                }
            }, static fn() => $m->get("{$p}miss") === false];
        case 'get_multi_100':
            $m = $connect();
            $keys = keys_list("{$p}m", MULTI_KEYS);
            foreach ($keys as $k) {
                $m->set($k, $v);
            }
            return [static function (int $n) use ($m, $keys) {
                for ($i = 0; $i < $n; $i++) {
                    $m->get($keys);
                }
            }, static fn() => same_items($m->get($keys), array_fill_keys($keys, $v))];
        case 'set_100k_z':
        case 'get_100k_z':
            $m = $connect();
            $m->setCompressThreshold(COMPRESS_THRESHOLD, 0.2);
            $z = zip_value();
            $m->set("{$p}z", $z);
            if ($op === 'set_100k_z') {
                return [static function (int $n) use ($m, $p, $z) {
                    for ($i = 0; $i < $n; $i++) {
                        $m->set("{$p}z", $z);
                    }
                }, static fn() => $m->get("{$p}z") === $z];
            }
            return [static function (int $n) use ($m, $p) {
                for ($i = 0; $i < $n; $i++) {
                    $m->get("{$p}z");
                }
            }, static fn() => $m->get("{$p}z") === $z];
        case 'incr':
            $m = $connect();
            $m->set("{$p}c", 0);
            return [static function (int $n) use ($m, $p) {
                for ($i = 0; $i < $n; $i++) {
                    $m->increment("{$p}c", 1);
                }
            }, static fn() => is_int($m->increment("{$p}c", 1))];
        case 'get_multi_300_3srv':
            $m = new Memcache();
            foreach ($ports as $port) {
                $m->addServer(HOST, $port, false);
            }
            $keys = keys_list("{$p}t", MULTI3_KEYS);
            foreach ($keys as $k) {
                $m->set($k, $v);
            }
            return [static function (int $n) use ($m, $keys) {
                for ($i = 0; $i < $n; $i++) {
                    $m->get($keys);
                }
            }, static fn() => same_items($m->get($keys), array_fill_keys($keys, $v))];
        case 'set_1mb':
        case 'get_1mb':
            $m = $connect();
            $m->setCompressThreshold(0);
            $big = big_value();
            $m->set("{$p}big", $big);
            if ($op === 'set_1mb') {
                return [static function (int $n) use ($m, $p, $big) {
                    for ($i = 0; $i < $n; $i++) {
                        $m->set("{$p}big", $big);
                    }
                }, static fn() => $m->get("{$p}big") === $big];
            }
            return [static function (int $n) use ($m, $p) {
                for ($i = 0; $i < $n; $i++) {
                    $m->get("{$p}big");
                }
            }, static fn() => $m->get("{$p}big") === $big];
        case 'remember_hit':
            // This extension's own (issue 14): remember() of a present key, next to get_hit. $compute is
            // never called on a hit: calling it is an error.
            $m = $connect();
            if (!method_exists($m, 'remember')) {
                fail('remember() is not available in this extension');
            }
            $m->set("{$p}r", $v);
            $compute = static fn() => fail('remember() computed on a hit');
            return [static function (int $n) use ($m, $p, $compute) {
                for ($i = 0; $i < $n; $i++) {
                    $m->remember("{$p}r", $compute, 60);
                }
            }, static fn() => $m->remember("{$p}r", $compute, 60) === $v];
        case 'connect_get_close':
            $setup = $connect();
            $setup->set("{$p}cc", $v);
            $setup->close();
            $cycle = static function () use ($ports, $p) {
                $m = new Memcache();
                $m->connect(HOST, $ports[0]);
                $r = $m->get("{$p}cc");
                $m->close();
                return $r;
            };
            return [static function (int $n) use ($cycle) {
                for ($i = 0; $i < $n; $i++) {
                    $cycle();
                }
            }, static fn() => $cycle() === $v];
    }
    fail("unknown op $op");
}

/**
 * Our extension over TLS ($port: memcached -Z, $ca: its CA). The kept-connection operations use a persistent
 * connection (pconnect), opened and handshaken before the timing. connect_get_close reconnects with the
 * process's TLS session cache, so every handshake after the first resumes; connect_get_close_full names the CA
 * file by one of 100 equivalent paths in turn ("DIR/./././ca.pem"): each is a settings set of its own, and the
 * module keeps at most 64 client configs, so every cycle builds a new config, with an empty session cache, and
 * makes a full handshake, as a new PHP process does (it also reads the 0.6 KB CA file again).
 */
function memcache_tls_ops(string $op, int $port, string $ca, string $p): array
{
    ini_set('memcache.tls_ca_file', $ca);
    $v = small_value();
    $connect = static function () use ($port): Memcache {
        $m = new Memcache();
        if (!$m->pconnect('tls://' . HOST, $port)) {
            fail('Memcache::pconnect over TLS failed');
        }
        return $m;
    };
    switch ($op) {
        case 'set_100b':
        case 'get_hit':
        case 'get_multi_100':
            // The same loops as over plaintext, on the persistent TLS connection.
            return memcache_ops($op, [], $p, $connect);
        case 'connect_get_close':
            $setup = $connect();
            $setup->set("{$p}cc", $v);
            $cycle = static function () use ($port, $p) {
                $m = new Memcache();
                $m->connect('tls://' . HOST, $port);
                $r = $m->get("{$p}cc");
                $m->close();
                return $r;
            };
            return [static function (int $n) use ($cycle) {
                for ($i = 0; $i < $n; $i++) {
                    $cycle();
                }
            }, static fn() => $cycle() === $v];
        case 'connect_get_close_full':
            $setup = $connect();
            $setup->set("{$p}cc", $v);
            $paths = [];
            for ($k = 0; $k < 100; $k++) {
                $paths[] = dirname($ca) . '/' . str_repeat('./', $k) . basename($ca);
            }
            $cycle = static function (int $i) use ($port, $p, $paths) {
                ini_set('memcache.tls_ca_file', $paths[$i % 100]);
                $m = new Memcache();
                $m->connect('tls://' . HOST, $port);
                $r = $m->get("{$p}cc");
                $m->close();
                return $r;
            };
            return [static function (int $n) use ($cycle) {
                for ($i = 0; $i < $n; $i++) {
                    $cycle($i);
                }
            }, static fn() => $cycle(7) === $v];
    }
    fail("unknown TLS op $op");
}

function memcached_ops(string $op, array $ports, string $p): array
{
    // Compression as close to pecl/memcache's as php-memcached allows: zlib at its default level, from 20000
    // bytes, kept only when it saves 20 % (memcache's min_savings 0.2 <=> compressed * 1.25 <= original).
    foreach (['memcached.compression_type' => 'zlib', 'memcached.compression_threshold' => (string)COMPRESS_THRESHOLD,
        'memcached.compression_factor' => '1.25', 'memcached.serializer' => 'php'] as $k => $val) {
        if (ini_set($k, $val) === false) {
            fail("ini_set($k) failed");
        }
    }
    $make = static function (array $use) {
        $m = new Memcached();
        // libmemcached leaves Nagle on by default; pecl/memcache, ours and the raw client disable it.
        $m->setOption(Memcached::OPT_TCP_NODELAY, true);
        foreach ($use as $port) {
            $m->addServer(HOST, $port);
        }
        return $m;
    };
    $connect = static fn() => $make([$ports[0]]);
    $v = small_value();
    switch ($op) {
        case 'set_100b':
            $m = $connect();
            return [static function (int $n) use ($m, $p, $v) {
                for ($i = 0; $i < $n; $i++) {
                    $m->set("{$p}s", $v);
                }
            }, static fn() => $m->set("{$p}s", $v) === true && $m->get("{$p}s") === $v];
        case 'get_hit':
            $m = $connect();
            $m->set("{$p}h", $v);
            return [static function (int $n) use ($m, $p) {
                for ($i = 0; $i < $n; $i++) {
                    $m->get("{$p}h");
                }
            }, static fn() => $m->get("{$p}h") === $v];
        case 'get_miss':
            $m = $connect();
            $m->delete("{$p}miss");
            return [static function (int $n) use ($m, $p) {
                for ($i = 0; $i < $n; $i++) {
                    $m->get("{$p}miss");
                }
            }, static fn() => $m->get("{$p}miss") === false && $m->getResultCode() === Memcached::RES_NOTFOUND];
        case 'get_multi_100':
            $m = $connect();
            $keys = keys_list("{$p}m", MULTI_KEYS);
            $m->setMulti(array_fill_keys($keys, $v));
            return [static function (int $n) use ($m, $keys) {
                for ($i = 0; $i < $n; $i++) {
                    $m->getMulti($keys);
                }
            }, static fn() => same_items($m->getMulti($keys), array_fill_keys($keys, $v))];
        case 'set_100k_z':
        case 'get_100k_z':
            $m = $connect();
            $m->setOption(Memcached::OPT_COMPRESSION, true);
            $z = zip_value();
            $m->set("{$p}z", $z);
            if ($op === 'set_100k_z') {
                return [static function (int $n) use ($m, $p, $z) {
                    for ($i = 0; $i < $n; $i++) {
                        $m->set("{$p}z", $z);
                    }
                }, static fn() => $m->get("{$p}z") === $z];
            }
            return [static function (int $n) use ($m, $p) {
                for ($i = 0; $i < $n; $i++) {
                    $m->get("{$p}z");
                }
            }, static fn() => $m->get("{$p}z") === $z];
        case 'incr':
            $m = $connect();
            $m->set("{$p}c", 0);
            return [static function (int $n) use ($m, $p) {
                for ($i = 0; $i < $n; $i++) {
                    $m->increment("{$p}c", 1);
                }
            }, static fn() => is_int($m->increment("{$p}c", 1))];
        case 'get_multi_300_3srv':
            $m = $make($ports);
            $keys = keys_list("{$p}t", MULTI3_KEYS);
            $m->setMulti(array_fill_keys($keys, $v));
            return [static function (int $n) use ($m, $keys) {
                for ($i = 0; $i < $n; $i++) {
                    $m->getMulti($keys);
                }
            }, static fn() => same_items($m->getMulti($keys), array_fill_keys($keys, $v))];
        case 'set_1mb':
        case 'get_1mb':
            $m = $connect();
            $m->setOption(Memcached::OPT_COMPRESSION, false);
            $big = big_value();
            if (!$m->set("{$p}big", $big)) {
                fail('Memcached::set of 1 MB failed: ' . $m->getResultMessage());
            }
            if ($op === 'set_1mb') {
                return [static function (int $n) use ($m, $p, $big) {
                    for ($i = 0; $i < $n; $i++) {
                        $m->set("{$p}big", $big);
                    }
                }, static fn() => $m->get("{$p}big") === $big];
            }
            return [static function (int $n) use ($m, $p) {
                for ($i = 0; $i < $n; $i++) {
                    $m->get("{$p}big");
                }
            }, static fn() => $m->get("{$p}big") === $big];
        case 'connect_get_close':
            $setup = $connect();
            $setup->set("{$p}cc", $v);
            $setup->quit();
            $cycle = static function () use ($make, $ports, $p) {
                $m = $make([$ports[0]]);
                $r = $m->get("{$p}cc");
                $m->quit();
                return $r;
            };
            return [static function (int $n) use ($cycle) {
                for ($i = 0; $i < $n; $i++) {
                    $cycle();
                }
            }, static fn() => $cycle() === $v];
    }
    fail("unknown op $op");
}

function raw_ops(string $op, array $ports, string $p): array
{
    $v = small_value();
    switch ($op) {
        case 'set_100b':
            $m = new Raw($ports[0]);
            return [static function (int $n) use ($m, $p, $v) {
                for ($i = 0; $i < $n; $i++) {
                    $m->set("{$p}s", $v);
                }
            }, static fn() => $m->set("{$p}s", $v) && $m->get("{$p}s") === $v];
        case 'get_hit':
            $m = new Raw($ports[0]);
            $m->set("{$p}h", $v);
            return [static function (int $n) use ($m, $p) {
                for ($i = 0; $i < $n; $i++) {
                    $m->get("{$p}h");
                }
            }, static fn() => $m->get("{$p}h") === $v];
        case 'get_miss':
            $m = new Raw($ports[0]);
            $m->delete("{$p}miss");
            return [static function (int $n) use ($m, $p) {
                for ($i = 0; $i < $n; $i++) {
                    $m->get("{$p}miss");
                }
            }, static fn() => $m->get("{$p}miss") === false];
        case 'get_multi_100':
            $m = new Raw($ports[0]);
            $keys = keys_list("{$p}m", MULTI_KEYS);
            foreach ($keys as $k) {
                $m->set($k, $v);
            }
            $get = static function () use ($m, $keys) {
                $out = [];
                $m->sendGetMulti($keys);
                $m->readGetMulti($out);
                return $out;
            };
            return [static function (int $n) use ($get) {
                for ($i = 0; $i < $n; $i++) {
                    $get();
                }
            }, static fn() => same_items($get(), array_fill_keys($keys, $v))];
        case 'incr':
            $m = new Raw($ports[0]);
            $m->set("{$p}c", '0');
            return [static function (int $n) use ($m, $p) {
                for ($i = 0; $i < $n; $i++) {
                    $m->incr("{$p}c", 1);
                }
            }, static fn() => is_int($m->incr("{$p}c", 1))];
        case 'get_multi_300_3srv':
            // crc32 modulo 3 for placement: all requests are written first, then the replies read in turn.
            $conns = array_map(static fn($port) => new Raw($port), $ports);
            $keys = keys_list("{$p}t", MULTI3_KEYS);
            $byServer = [];
            foreach ($keys as $k) {
                $byServer[crc32($k) % count($conns)][] = $k;
            }
            foreach ($byServer as $i => $ks) {
                foreach ($ks as $k) {
                    $conns[$i]->set($k, $v);
                }
            }
            $get = static function () use ($conns, $byServer) {
                $out = [];
                foreach ($byServer as $i => $ks) {
                    $conns[$i]->sendGetMulti($ks);
                }
                foreach ($byServer as $i => $ks) {
                    $conns[$i]->readGetMulti($out);
                }
                return $out;
            };
            return [static function (int $n) use ($get) {
                for ($i = 0; $i < $n; $i++) {
                    $get();
                }
            }, static fn() => same_items($get(), array_fill_keys($keys, $v))];
        case 'set_1mb':
        case 'get_1mb':
            $m = new Raw($ports[0]);
            $big = big_value();
            $m->set("{$p}big", $big);
            if ($op === 'set_1mb') {
                return [static function (int $n) use ($m, $p, $big) {
                    for ($i = 0; $i < $n; $i++) {
                        $m->set("{$p}big", $big);
                    }
                }, static fn() => $m->get("{$p}big") === $big];
            }
            return [static function (int $n) use ($m, $p) {
                for ($i = 0; $i < $n; $i++) {
                    $m->get("{$p}big");
                }
            }, static fn() => $m->get("{$p}big") === $big];
        case 'connect_get_close':
            $setup = new Raw($ports[0]);
            $setup->set("{$p}cc", $v);
            $setup->close();
            $cycle = static function () use ($ports, $p) {
                $m = new Raw($ports[0]);
                $r = $m->get("{$p}cc");
                $m->close();
                return $r;
            };
            return [static function (int $n) use ($cycle) {
                for ($i = 0; $i < $n; $i++) {
                    $cycle();
                }
            }, static fn() => $cycle() === $v];
        case 'set_100k_z':
        case 'get_100k_z':
            fail('raw client has no compression');
    }
    fail("unknown op $op");
}

// ---- what a client stored: checked through raw connections -------------------------------------------

function stored_info(string $op, array $ports, string $p): array
{
    if ($op === 'set_100k_z' || $op === 'get_100k_z') {
        $r = new Raw($ports[0]);
        $info = $r->itemInfo("{$p}z");
        if ($info === null) {
            fail('compressed item not stored');
        }
        if ($info[1] >= ZIP_LEN * 0.8) {
            fail("100 KB value stored uncompressed ({$info[1]} bytes)");
        }
        return ['stored_bytes' => $info[1], 'stored_flags' => $info[0]];
    }
    if ($op === 'set_1mb' || $op === 'get_1mb') {
        $info = (new Raw($ports[0]))->itemInfo("{$p}big");
        if ($info === null || $info[1] < BIG_LEN) {
            fail('1 MB value not stored whole');
        }
        return ['stored_bytes' => $info[1]];
    }
    if ($op === 'get_multi_300_3srv') {
        // Keys per server: a client that put all keys on one server would not be measuring a 3-server get.
        $per = [];
        $keys = keys_list("{$p}t", MULTI3_KEYS);
        foreach ($ports as $port) {
            $r = new Raw($port);
            $out = [];
            foreach (array_chunk($keys, 100) as $chunk) {
                $r->sendGetMulti($chunk);
                $r->readGetMulti($out);
            }
            $per[] = count($out);
        }
        if (min($per) === 0) {
            fail('keys not spread over the 3 servers: ' . implode('/', $per));
        }
        return ['keys_per_server' => $per];
    }
    return [];
}

function median_of(array $xs): float
{
    sort($xs);
    $c = count($xs);
    return $c % 2 ? (float)$xs[intdiv($c, 2)] : ($xs[$c / 2 - 1] + $xs[$c / 2]) / 2;
}

// ---- memory --------------------------------------------------------------------------------------------

/** VmRSS and VmHWM in KiB from /proc/self/status (null where unavailable). */
function proc_mem(): array
{
    $out = ['rss_kb' => null, 'hwm_kb' => null];
    $status = @file_get_contents('/proc/self/status');
    if ($status !== false) {
        if (preg_match('/^VmRSS:\s+(\d+)/m', $status, $m)) {
            $out['rss_kb'] = (int)$m[1];
        }
        if (preg_match('/^VmHWM:\s+(\d+)/m', $status, $m)) {
            $out['hwm_kb'] = (int)$m[1];
        }
    }
    return $out;
}

/** Resets VmHWM to the current RSS (Linux: "5" to clear_refs); false where that is not allowed. */
function reset_hwm(): bool
{
    return @file_put_contents('/proc/self/clear_refs', '5') === 1;
}

// ---- main ----------------------------------------------------------------------------------------------

function main(): array
{
    $opt = getopt('', ['client:', 'op:', 'ports:', 'target:', 'max-n:', 'tls:']);
    $client = (string)($opt['client'] ?? '');
    $op = (string)($opt['op'] ?? '');
    $ports = array_map('intval', explode(',', (string)($opt['ports'] ?? '')));
    $target = (float)($opt['target'] ?? 0.3);
    $maxN = (int)($opt['max-n'] ?? 1000000);
    $result = ['client' => $client, 'op' => $op, 'ok' => false, 'info' => []];
    if (!in_array($op, OPS, true) || count($ports) < 3 || min($ports) <= 0) {
        fail('usage: client.php --client=memcache|memcached|raw --op=OP --ports=P1,P2,P3');
    }
    $table = ['memcache' => 'memcache_ops', 'memcached' => 'memcached_ops', 'raw' => 'raw_ops'][$client]
        ?? fail("unknown client $client");
    if (isset($opt['tls'])) {
        [$tlsPort, $ca] = explode(':', (string)$opt['tls'], 2) + [1 => ''];
        if ($client !== 'memcache' || !in_array($op, TLS_OPS, true)) {
            fail("--tls: only the memcache client, and only " . implode(',', TLS_OPS));
        }
        $table = static fn(string $op, array $ports, string $p) => memcache_tls_ops($op, (int)$tlsPort, $ca, $p);
    } elseif ($op === 'connect_get_close_full') {
        fail('connect_get_close_full is a TLS operation (--tls)');
    }
    if ($client === 'memcache') {
        $result['info']['extension_version'] = phpversion('memcache');
    } elseif ($client === 'memcached') {
        $result['info']['extension_version'] = phpversion('memcached');
    }
    $prefix = "bench:$client:$op:" . (isset($opt['tls']) ? 'tls:' : '');

    // The memory baseline is taken before the operation's values and connections exist; the peak is tracked
    // from just before the warm-up. The 1 MB rows then count the script's own 1 MB string plus whatever the
    // client allocates to send or receive it, the same way for every client.
    gc_collect_cycles();
    $before = proc_mem();
    $emallocBefore = memory_get_usage(true);

    [$loop, $check] = $table($op, $ports, $prefix);
    // The 1 MB operations are checked only after the loop: a check allocates copies that would blur the peak.
    $big = in_array($op, ['set_1mb', 'get_1mb'], true);
    if (!$big && !$check()) {
        fail('wrong result before the timed loop');
    }
    $hwmReset = reset_hwm();
    memory_reset_peak_usage();

    // Warm up for ~1/5 of the target time (at least 3 runs); size N from the warm-up's speed. The 1 MB
    // operations are timed one iteration at a time and sized from the median iteration, so that a few
    // stalls in the warm-up (the C extension's Nagle waits, ~44 ms each) do not shrink N to a handful.
    $warmIters = [];
    $n = 1;
    $warm = 0;
    $start = hrtime(true);
    while (true) {
        if ($big) {
            $a = hrtime(true);
            $loop(1);
            $warmIters[] = hrtime(true) - $a;
            $warm++;
        } else {
            $loop($n);
            $warm += $n;
            $n *= 2;
        }
        $elapsed = (hrtime(true) - $start) / 1e9;
        if ($elapsed >= $target / 5 && $warm >= 3) {
            break;
        }
    }
    $perOp = $big ? median_of($warmIters) / 1e9 : $elapsed / $warm;
    $n = (int)max(3, min($maxN, ceil($target / $perOp)));

    $iters = [];
    $t0 = hrtime(true);
    if ($big) {
        // Time each iteration too: shows stalls that a mean hides. Stop early (after at least 3) if stalls
        // stretch the loop past 3x the target; N is then the number of iterations done.
        $limit = $t0 + (int)(3 * $target * 1e9);
        for ($i = 0; $i < $n; $i++) {
            $a = hrtime(true);
            $loop(1);
            $b = hrtime(true);
            $iters[] = round(($b - $a) / 1e3, 1);
            if ($b > $limit && $i >= 2) {
                $n = $i + 1;
                break;
            }
        }
    } else {
        $loop($n);
    }
    $ns = hrtime(true) - $t0;
    $after = proc_mem();
    $emallocPeak = memory_get_peak_usage(true);

    if (!$check()) {
        fail('wrong result after the timed loop');
    }
    $result['info'] += stored_info($op, $ports, $prefix);
    $result['ok'] = true;
    $result['n'] = $n;
    $result['seconds'] = $ns / 1e9;
    $result['us_per_op'] = $ns / 1e3 / $n;
    if ($iters) {
        $result['iter_us'] = $iters;
    }
    $result['mem'] = [
        'rss_before_kb' => $before['rss_kb'],
        'hwm_kb' => $after['hwm_kb'],
        'hwm_reset' => $hwmReset,
        // Peak RSS above the process before this operation's values and connections existed. Without a
        // working HWM reset the peak could come from PHP's start-up, so there is no number.
        'peak_delta_kb' => ($hwmReset && $after['hwm_kb'] !== null && $before['rss_kb'] !== null)
            ? $after['hwm_kb'] - $before['rss_kb'] : null,
        // What the Zend allocator saw: misses malloc() (libmemcached) and Rust's allocator (ours).
        'emalloc_peak_delta_kb' => intdiv($emallocPeak - $emallocBefore, 1024),
    ];
    return $result;
}

$opt = getopt('', ['client:', 'op:']);
try {
    $out = main();
} catch (Throwable $e) {
    $out = ['client' => $opt['client'] ?? null, 'op' => $opt['op'] ?? null, 'ok' => false,
        'error' => ($e instanceof BenchFailure ? '' : get_class($e) . ': ') . $e->getMessage()];
}
echo json_encode($out, JSON_UNESCAPED_SLASHES), "\n";
exit($out['ok'] ? 0 : 1);
