<?php
/*
 * A tour of the Memcache API against a memcached server.
 *
 *   make demo                      starts a private memcached, runs this, stops it
 *   MEMCACHE_HOST=127.0.0.1 MEMCACHE_PORT=11211 \
 *     php -n -d extension=modules/php_memcache.so examples/demo.php
 *
 * Only keys starting with "demo:" are touched (nothing is flushed). The script checks every result it shows and
 * exits with status 1 if one is not what pecl/memcache gives. Apart from the version line, the output is the same
 * with this extension and with the C one (`-d extension=memcache`).
 */

if (!extension_loaded('memcache')) {
    fwrite(STDERR, "the memcache extension is not loaded (php -n -d extension=modules/php_memcache.so ...)\n");
    exit(1);
}

$host = getenv('MEMCACHE_HOST') ?: '127.0.0.1';
$port = (int)(getenv('MEMCACHE_PORT') ?: 11211);

// Report every PHP diagnostic. The one exception: the C pecl/memcache 8.0 build emits "Creation of dynamic
// property Memcache::$connection is deprecated" on PHP 8.2; version 8.2 (and this extension) does not.
$diagnostics = [];
set_error_handler(function (int $no, string $msg) use (&$diagnostics): bool {
    if ($no === E_DEPRECATED && str_contains($msg, 'Creation of dynamic property')) {
        return true;
    }
    $diagnostics[] = $msg;
    echo "  [diagnostic] $msg\n";
    return true;
});

$problems = 0;

/** Prints one result line and counts it as a problem when $ok is false. */
function show(string $what, string $result, bool $ok = true): void
{
    global $problems;
    printf("  %-37s %s%s\n", $what, $result, $ok ? '' : '   <-- UNEXPECTED');
    if (!$ok) {
        $problems++;
    }
}

/** A short, typed rendering of a value: string(5) "hello", int(42), array(2) {...}, object(DemoPoint) {...} */
function describe(mixed $v): string
{
    return match (true) {
        is_string($v) => sprintf('string(%d) "%s"', strlen($v), strlen($v) > 40 ? substr($v, 0, 37) . '...' : $v),
        is_int($v) => "int($v)",
        is_float($v) => 'float(' . var_export($v, true) . ')',
        is_bool($v) => 'bool(' . ($v ? 'true' : 'false') . ')',
        $v === null => 'NULL',
        is_array($v) => 'array(' . count($v) . ') ' . json_encode($v),
        is_object($v) => 'object(' . get_class($v) . ') ' . json_encode(get_object_vars($v)),
        default => get_debug_type($v),
    };
}

function flags(int $f): string
{
    $names = [];
    if ($f & 0x0001) $names[] = 'serialized';
    if ($f & MEMCACHE_COMPRESSED) $names[] = 'MEMCACHE_COMPRESSED';
    if (!($f & 0x0001)) {
        $names[] = match ($f & 0x0F00) { 0x100 => 'bool', 0x300 => 'int', 0x700 => 'float', default => 'string' };
    }
    foreach ([MEMCACHE_USER1 => 'MEMCACHE_USER1', MEMCACHE_USER2 => 'MEMCACHE_USER2',
              MEMCACHE_USER3 => 'MEMCACHE_USER3', MEMCACHE_USER4 => 'MEMCACHE_USER4'] as $bit => $name) {
        if ($f & $bit) $names[] = $name;
    }
    return sprintf('0x%05x (%s)', $f, implode(' | ', $names));
}

class DemoPoint
{
    public function __construct(public int $x = 0, public int $y = 0, public string $label = '') {}
}

echo "php_memcache demo: extension memcache ", phpversion('memcache'), " on PHP ", PHP_MAJOR_VERSION, '.',
    PHP_MINOR_VERSION, "\n\n";

// --- connect -------------------------------------------------------------------------------------------------
echo "connect\n";
$mc = new Memcache();
$ok = $mc->connect($host, $port);
show('connect(MEMCACHE_HOST, MEMCACHE_PORT)', describe($ok), $ok === true);
if ($ok !== true) {
    fwrite(STDERR, "cannot connect to memcached at $host:$port\n");
    exit(1);
}
$version = $mc->getVersion();
show('getVersion()', describe($version), is_string($version) && preg_match('/^\d+\.\d+/', $version) === 1);

// --- every PHP type ------------------------------------------------------------------------------------------
echo "\nset() and get() of every PHP type (the type travels in the item's flags)\n";
$values = [
    'string' => 'hello, memcached',
    'int'    => 42,
    'float'  => 3.14159,
    'bool'   => true,
    'array'  => ['id' => 7, 'tags' => ['rust', 'php'], 'active' => true],
    'object' => new DemoPoint(3, 4, 'p1'),
];
foreach ($values as $type => $value) {
    $key = "demo:$type";
    $stored = $mc->set($key, $value);
    $flags = null;
    $back = $mc->get($key, $flags);
    show("$type", describe($back) . '  flags ' . flags((int)$flags), $stored === true && $back == $value
        && get_debug_type($back) === get_debug_type($value));
}
// null is stored serialized; a single-key get() cannot tell it from a miss (a pecl/memcache quirk, kept).
$mc->set('demo:null', null);
show('null, single-key get()', describe($mc->get('demo:null')) . '  (a miss looks the same)',
    $mc->get('demo:null') === false);
$multi = $mc->get(['demo:null']);
show('null, multi-key get()', is_array($multi) && array_key_exists('demo:null', $multi)
    ? describe($multi['demo:null']) : 'missing',
    is_array($multi) && array_key_exists('demo:null', $multi) && $multi['demo:null'] === null);

// --- multi-get -----------------------------------------------------------------------------------------------
echo "\nmulti-get: one request, hits only\n";
$flags = null;
$hits = $mc->get(['demo:string', 'demo:int', 'demo:float', 'demo:no-such-key'], $flags);
ksort($hits);
ksort($flags);
foreach ($hits as $key => $value) {
    show($key, describe($value) . '  flags ' . flags($flags[$key]), $value == $values[substr($key, 5)]);
}
show('demo:no-such-key', array_key_exists('demo:no-such-key', $hits) ? 'present' : 'absent (a miss)',
    count($hits) === 3);

// --- user flags ----------------------------------------------------------------------------------------------
echo "\nuser flags (bits 16-31 are the application's)\n";
$mc->set('demo:flagged', 'tagged value', MEMCACHE_USER1 | MEMCACHE_USER3);
$flags = null;
$value = $mc->get('demo:flagged', $flags);
show('set(..., MEMCACHE_USER1 | USER3)', describe($value) . '  flags ' . flags($flags),
    $value === 'tagged value' && $flags === (MEMCACHE_USER1 | MEMCACHE_USER3));
show('flags & MEMCACHE_USER1', describe(($flags & MEMCACHE_USER1) !== 0), ($flags & MEMCACHE_USER1) !== 0);

// --- counters ------------------------------------------------------------------------------------------------
echo "\nincrement() and decrement()\n";
$mc->set('demo:counter', 10);
show('set demo:counter 10', describe($mc->get('demo:counter')));
$r = $mc->increment('demo:counter', 5);
show('increment(+5)', describe($r), $r === 15);
$r = $mc->decrement('demo:counter', 3);
show('decrement(-3)', describe($r), $r === 12);
$r = $mc->decrement('demo:counter', 100);
show('decrement(-100), clamped at 0', describe($r), $r === 0);
$r = $mc->get('demo:counter');
show('get() after the counter ops', describe($r) . '  (still an int)', $r === 0);
$r = $mc->increment('demo:no-such-counter');
show('increment() of a missing key', describe($r), $r === false);

// --- compression ---------------------------------------------------------------------------------------------
echo "\na large value is compressed (default memcache.compress_threshold = 20000 bytes)\n";
$big = '';
for ($i = 1; strlen($big) < 100000; $i++) {
    $big .= "line $i: the quick brown fox jumps over the lazy dog\n";
}
$bytesBefore = (int)($mc->getStats()['bytes'] ?? 0);    // memory the server's items take, before and after
$ok = $mc->set('demo:big', $big);
$bytesAfter = (int)($mc->getStats()['bytes'] ?? 0);
$flags = null;
$back = $mc->get('demo:big', $flags);
show('set() of a ' . strlen($big) . '-byte text', describe($ok), $ok === true);
show('get() returns it unchanged', describe($back === $big), $back === $big);
show('stored flags', flags((int)$flags), ((int)$flags & MEMCACHE_COMPRESSED) !== 0);
// The exact compressed size depends on the zlib implementation, so only its order of magnitude is shown.
$grew = $bytesAfter - $bytesBefore;
show("server memory ('bytes') grew by", $grew > 0 && $grew * 10 < strlen($big) ? 'less than 10% of that' : "$grew bytes",
    $grew > 0 && $grew * 10 < strlen($big));

// --- delete --------------------------------------------------------------------------------------------------
echo "\ndelete()\n";
$r = $mc->delete('demo:string');
show('delete(demo:string)', describe($r), $r === true);
$r = $mc->get('demo:string');
show('get(demo:string) afterwards', describe($r), $r === false);
$r = $mc->delete('demo:string');
show('delete(demo:string) again', describe($r), $r === false);

// --- stats ---------------------------------------------------------------------------------------------------
echo "\ngetStats() (a few of the server's counters; all values are strings)\n";
$stats = $mc->getStats();
foreach (['version', 'curr_items', 'cmd_get', 'get_hits', 'get_misses', 'cmd_set'] as $name) {
    show($name, describe($stats[$name] ?? null), is_string($stats[$name] ?? null));
}

// --- clean up ------------------------------------------------------------------------------------------------
foreach (array_merge(array_keys($values), ['null', 'flagged', 'counter', 'big']) as $name) {
    $mc->delete("demo:$name");
}
$mc->close();

echo "\n", $problems === 0 && !$diagnostics ? "all results as expected" :
    "$problems unexpected result(s), " . count($diagnostics) . " diagnostic(s)", "\n";
exit($problems === 0 && !$diagnostics ? 0 : 1);
