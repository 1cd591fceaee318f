<?php
// Benchmark driver: runs bench/client.php once per (round, operation, client), each in its own `php -n`
// process pinned to one CPU, and prints a Markdown report of the medians. bench/run.sh starts the memcached
// daemons and calls this with their ports; see bench/README.md for the method.
//
// Environment (run.sh sets the first two):
//   BENCH_PORTS    three memcached TCP ports on 127.0.0.1, comma-separated (required)
//   BENCH_CPU      CPU to pin the client processes to (the daemons are pinned by run.sh); "none" = no pinning
//   BENCH_QUICK    1: smoke run (3 rounds of ~0.1 s measurements)
//   BENCH_ROUNDS   rounds (default 5; quick 3)
//   BENCH_TARGET   seconds per measurement (default 0.3; quick 0.1)
//   BENCH_TLS      PORT:CAFILE of a memcached -Z (run.sh starts one when it can): adds the client ours-tls,
//                  our extension over TLS, for the operations in TLS_OPS, reported in a table of its own
//   BENCH_CLIENTS  subset of: c,ours,meta,memcached,raw,ours-tls (default all)
//   BENCH_OPS      subset of the operations (default all)
//   BENCH_MODULE   our extension (default modules/php_memcache.so)
//   BENCH_OUT      also write the report to this file
//   BENCH_JSON     also write every measurement, as JSON, to this file
//   PHP_BIN        the php binary (default the one running this script)

declare(strict_types=1);

const OP_LABELS = [
    'set_100b' => 'set 100 B',
    'get_hit' => 'get hit (100 B)',
    'get_miss' => 'get miss',
    'get_multi_100' => 'get 100 keys (multi-get)',
    'set_100k_z' => 'set 100 KB compressible',
    'get_100k_z' => 'get 100 KB compressed',
    'incr' => 'increment',
    'get_multi_300_3srv' => 'get 300 keys, 3 servers',
    'set_1mb' => 'set 1 MB',
    'get_1mb' => 'get 1 MB',
    'connect_get_close' => 'connect, get, close',
    'remember_hit' => 'remember() hit (100 B)',
    'connect_get_close_full' => 'connect, get, close (TLS full handshake)',
];
// Operations only this extension has (remember(), issue 14): measured for ours and ours meta only.
const OURS_ONLY = ['remember_hit'];
// What the ours-tls client measures; the last one only it does.
const TLS_OPS = ['set_100b', 'get_hit', 'get_multi_100', 'connect_get_close', 'connect_get_close_full'];
const TLS_ONLY = ['connect_get_close_full'];
// The raw-socket client is the floor for the plain operations; it has no compression.
const RAW_SKIPS = ['set_100k_z', 'get_100k_z'];
// A connect loop leaves a socket in TIME_WAIT per cycle. Linux reuses them on loopback once they are 1 s
// old (tcp_tw_reuse=2), but younger ones make every connect() probe further for a free port: a loop of 8000
// cycles runs ~1.5x slower per cycle than one of 2000. So the connect loop is capped at 2000 cycles (the same
// N for every client, whatever its speed), and each connect measurement waits for the last one's sockets to
// age past 1 s.
const MAX_N = ['connect_get_close' => 2000, 'connect_get_close_full' => 2000];
const SETTLE_SECONDS = ['connect_get_close' => 1.2, 'connect_get_close_full' => 1.2];
const CHILD_TIMEOUT = 120.0;

function env(string $name, string $default): string
{
    $v = getenv($name);
    return ($v === false || $v === '') ? $default : $v;
}

function say(string $msg): void
{
    fwrite(STDERR, $msg);
}

/**
 * Runs a command (no shell), with a time limit. Returns [exit code, stdout, stderr]; exit code -1 when it
 * had to be killed.
 */
function run_cmd(array $cmd, float $timeout): array
{
    $proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    if ($proc === false) {
        return [-1, '', 'proc_open failed'];
    }
    stream_set_blocking($pipes[1], false);
    stream_set_blocking($pipes[2], false);
    $out = ['', ''];
    $open = [1 => $pipes[1], 2 => $pipes[2]];
    $deadline = microtime(true) + $timeout;
    $killed = false;
    while ($open) {
        $left = $deadline - microtime(true);
        if ($left <= 0) {
            proc_terminate($proc, 9);   // only this child: proc_open started it
            $killed = true;
            break;
        }
        $r = array_values($open);
        $w = $e = null;
        if (@stream_select($r, $w, $e, (int)$left, (int)(fmod($left, 1.0) * 1e6)) === false) {
            break;
        }
        foreach ($r as $s) {
            $i = array_search($s, $open, true);
            $chunk = fread($s, 65536);
            if ($chunk === '' || $chunk === false) {
                if (feof($s)) {
                    fclose($s);
                    unset($open[$i]);
                }
                continue;
            }
            $out[$i - 1] .= $chunk;
        }
    }
    foreach ($open as $s) {
        fclose($s);
    }
    $rc = proc_close($proc);
    return [$killed ? -1 : $rc, $out[0], $out[1]];
}

function median(array $xs): float
{
    sort($xs);
    $n = count($xs);
    return $n % 2 ? $xs[intdiv($n, 2)] : ($xs[$n / 2 - 1] + $xs[$n / 2]) / 2;
}

function fmt_us(?float $us): string
{
    if ($us === null) {
        return '—';
    }
    return $us >= 1000 ? number_format($us, 0, '.', ',') : ($us >= 100 ? sprintf('%.0f', $us) : sprintf('%.1f', $us));
}

function fmt_ratio(?float $base, ?float $x): string
{
    return ($base === null || $x === null) ? '—' : sprintf('%.2f', $base / $x);
}

function fmt_mb(?float $kb): string
{
    return $kb === null ? '—' : sprintf('%.1f', $kb / 1024);
}

function table(array $header, array $rows): string
{
    $s = '| ' . implode(' | ', $header) . " |\n|" . str_repeat('---|', count($header)) . "\n";
    foreach ($rows as $row) {
        $s .= '| ' . implode(' | ', $row) . " |\n";
    }
    return $s;
}

// ---- configuration -------------------------------------------------------------------------------------

$root = dirname(__DIR__);
$php = env('PHP_BIN', PHP_BINARY);
$quick = env('BENCH_QUICK', '0') === '1';
$rounds = max(1, (int)env('BENCH_ROUNDS', $quick ? '3' : '5'));
$target = (float)env('BENCH_TARGET', $quick ? '0.1' : '0.3');
$cpu = env('BENCH_CPU', 'none');
$ports = env('BENCH_PORTS', '');
if (count(preg_grep('/^[0-9]+$/', explode(',', $ports))) !== 3) {
    fwrite(STDERR, "run.php: BENCH_PORTS must name three memcached ports (bench/run.sh starts them)\n");
    exit(2);
}
$module = env('BENCH_MODULE', "$root/modules/php_memcache.so");
$pin = $cpu === 'none' ? [] : ['taskset', '-c', $cpu];

// name => [label, class the client script drives, extension arguments]. Ours and the C extension both
// define Memcache, so they are never loaded together.
$allClients = [
    'c' => ['C memcache', 'memcache', ['-d', 'extension=memcache']],
    'ours' => ['ours', 'memcache', ['-d', "extension=$module"]],
    // The same module over memcached's meta protocol (issue 14): the same operations, meta commands.
    'meta' => ['ours meta', 'memcache', ['-d', "extension=$module", '-d', 'memcache.protocol=meta']],
    // php-memcached links igbinary's and msgpack's serializers: those must be loaded first.
    'memcached' => ['libmemcached', 'memcached',
        ['-d', 'extension=igbinary', '-d', 'extension=msgpack', '-d', 'extension=memcached']],
    'raw' => ['raw PHP', 'raw', []],
];
$tls = env('BENCH_TLS', '');
if ($tls !== '') {
    $allClients['ours-tls'] = ['ours over TLS', 'memcache', ['-d', "extension=$module"]];
}
$want = array_filter(explode(',', env('BENCH_CLIENTS', implode(',', array_keys($allClients)))));
$clients = array_intersect_key($allClients, array_flip($want));
$ops = array_values(array_intersect(array_keys(OP_LABELS), array_filter(explode(',', env('BENCH_OPS', implode(',', array_keys(OP_LABELS)))))));
if (!$clients || !$ops || array_diff($want, array_keys($allClients))) {
    fwrite(STDERR, "run.php: BENCH_CLIENTS is a subset of " . implode(',', array_keys($allClients)) . "; BENCH_OPS of " . implode(',', array_keys(OP_LABELS)) . "\n");
    exit(2);
}

// Every client must load before anything is timed.
$versions = [];
foreach ($clients as $name => [$label, $class, $args]) {
    $probe = $class === 'raw' ? 'echo PHP_VERSION;'
        : "if (!class_exists('" . ($class === 'memcache' ? 'Memcache' : 'Memcached') . "')) exit(1); echo phpversion('$class');";
    [$rc, $out, $err] = run_cmd([$php, '-n', ...$args, '-r', $probe], 30);
    if ($rc !== 0 || trim($err) !== '') {
        fwrite(STDERR, "run.php: client '$name' does not load ($php -n " . implode(' ', $args) . "):\n$out$err\n");
        exit(1);
    }
    $versions[$name] = trim($out);
}
if (isset($clients['memcached'])) {
    [, $ri] = run_cmd([$php, '-n', ...$clients['memcached'][2], '--ri', 'memcached'], 30);
    if (preg_match('/libmemcached library version => (\S+)/', $ri, $m)) {
        $versions['memcached'] .= " (libmemcached $m[1])";
    }
}
$daemonVersion = '?';
if ($s = @stream_socket_client('tcp://127.0.0.1:' . explode(',', $ports)[0], $errno, $errstr, 2)) {
    fwrite($s, "version\r\n");
    $daemonVersion = trim(substr((string)fgets($s), 8));
    fclose($s);
}

// ---- the rounds ----------------------------------------------------------------------------------------

$names = array_keys($clients);
$results = [];   // [op][client] => list of client.php results
$errors = [];
$t0 = microtime(true);
say(sprintf("bench: %d round(s), ~%.2f s per measurement, clients %s, CPU %s, memcached %s on ports %s\n",
    $rounds, $target, implode(',', $names), $cpu, $daemonVersion, $ports));
for ($r = 0; $r < $rounds; $r++) {
    foreach ($ops as $i => $op) {
        // Rotate the order per round and per operation so that no client always runs first or last.
        $k = ($r + $i) % count($names);
        $order = array_merge(array_slice($names, $k), array_slice($names, 0, $k));
        $line = sprintf('round %d/%d  %-20s', $r + 1, $rounds, $op);
        foreach ($order as $name) {
            if ($name === 'raw' && in_array($op, RAW_SKIPS, true)) {
                continue;
            }
            if (!in_array($name, ['ours', 'meta'], true) && in_array($op, OURS_ONLY, true)) {
                continue;
            }
            $tlsClient = $name === 'ours-tls';
            if ($tlsClient ? !in_array($op, TLS_OPS, true) : in_array($op, TLS_ONLY, true)) {
                continue;
            }
            [$label, $class, $args] = $clients[$name];
            if (isset(SETTLE_SECONDS[$op])) {
                usleep((int)(SETTLE_SECONDS[$op] * 1e6));
            }
            $cmd = [...$pin, $php, '-n', '-d', 'display_errors=stderr', '-d', 'memory_limit=512M', ...$args,
                __DIR__ . '/client.php', "--client=$class", "--op=$op", "--ports=$ports",
                sprintf('--target=%.3f', $target), '--max-n=' . (MAX_N[$op] ?? 1000000)];
            if ($name === 'ours-tls') {
                $cmd[] = "--tls=$tls";
            }
            [$rc, $out, $err] = run_cmd($cmd, CHILD_TIMEOUT);
            $res = json_decode(trim($out), true);
            if (!is_array($res) || empty($res['ok']) || $rc !== 0) {
                $why = is_array($res) && isset($res['error']) ? $res['error'] : ($rc === -1 ? 'timed out' : "exit $rc");
                $why .= trim($err) !== '' ? ' | stderr: ' . trim($err) : '';
                $errors[] = "round " . ($r + 1) . ", $op, $name: $why";
                $line .= sprintf('  %s=ERROR', $name);
                continue;
            }
            $results[$op][$name][] = $res;
            $line .= sprintf('  %s=%s', $name, fmt_us($res['us_per_op']));
        }
        say("$line\n");
    }
}
$elapsed = microtime(true) - $t0;

// ---- the report ----------------------------------------------------------------------------------------

$med = static function (string $op, string $name, callable $pick) use ($results): ?float {
    $xs = array_values(array_filter(array_map($pick, $results[$op][$name] ?? []), static fn($x) => $x !== null));
    return $xs ? median($xs) : null;
};
$us = static fn(array $res) => (float)$res['us_per_op'];

$label = static fn(string $name) => $clients[$name][0];
$allNames = $names;
$names = array_values(array_filter($names, static fn($n) => $n !== 'ours-tls'));
$allOps = $ops;
$ops = array_values(array_diff($ops, TLS_ONLY));
$header = ['operation'];
foreach ($names as $name) {
    $header[] = $label($name) . ' µs/op';
}
$ratioNames = array_values(array_filter($names, static fn($n) => $n !== 'c'));
if (isset($clients['c'])) {
    foreach ($ratioNames as $name) {
        $header[] = $label($name) . ' ÷ C';
    }
}
// Meta against ASCII, the same module: above 1.00 means meta does more operations per second.
$metaVsAscii = isset($clients['ours'], $clients['meta']);
if ($metaVsAscii) {
    $header[] = 'meta ÷ ascii';
}
$rows = [];
$spread = [];
$daggers = false;
foreach ($ops as $op) {
    $row = [OP_LABELS[$op]];
    $srow = [OP_LABELS[$op]];
    $m = [];
    foreach ($names as $name) {
        $m[$name] = $med($op, $name, $us);
        // Where single iterations were timed, flag a mean that a few stalls dominate.
        $iters = array_merge([], ...array_map(static fn($res) => $res['iter_us'] ?? [], $results[$op][$name] ?? []));
        $stalled = $iters && $m[$name] !== null && $m[$name] > 1.5 * median($iters);
        $daggers = $daggers || $stalled;
        $row[] = fmt_us($m[$name]) . ($stalled ? ' †' : '');
        $xs = array_map($us, $results[$op][$name] ?? []);
        $srow[] = $xs ? sprintf('%d%%', round(100 * (max($xs) - min($xs)) / median($xs))) : '—';
    }
    if (isset($clients['c'])) {
        foreach ($ratioNames as $name) {
            $row[] = fmt_ratio($m['c'], $m[$name]);
        }
    }
    if ($metaVsAscii) {
        $row[] = fmt_ratio($m['ours'], $m['meta']);
    }
    $rows[] = $row;
    $spread[] = $srow;
}

$report = "## Results\n\n";
$report .= sprintf("%s; %d round(s) of ~%.2f s per measurement%s; %s; run took %.0f s.\n\n",
    gmdate('Y-m-d H:i') . ' UTC', $rounds, $target, $quick ? ' (quick mode)' : '',
    $cpu === 'none' ? 'not pinned' : "clients and daemons pinned to CPU $cpu", $elapsed);
$report .= "Median µs per operation over the rounds (lower is better). The ratio columns are ops/s relative to the C\n"
    . "memcache extension: C µs ÷ client µs, so above 1.00 is faster than C, below is slower.\n\n";
$report .= table($header, $rows);
if (in_array('remember_hit', $ops, true) && in_array('get_hit', $ops, true)) {
    $parts = [];
    foreach (['ours', 'meta'] as $name) {
        if (isset($clients[$name])) {
            $parts[] = sprintf('%s %s', $label($name), fmt_ratio($med('get_hit', $name, $us), $med('remember_hit', $name, $us)));
        }
    }
    if ($parts) {
        $report .= "\nremember() on a hit against get() of the same key (get µs ÷ remember µs; 1.00 = as fast): "
            . implode(', ', $parts) . ".\n";
    }
}
if ($daggers) {
    $report .= "\n† The mean is more than 1.5 × the median single iteration: a few long stalls dominate it (see the\n"
        . "1 MB table below).\n";
}

$memOps = array_values(array_intersect(['set_1mb', 'get_1mb'], $ops));
if ($memOps) {
    $report .= "\n### 1 MB values: time per iteration and memory\n\n";
    $report .= "Mean is the table's µs/op (total ÷ N); median is over the single iterations of all rounds, so a few\n"
        . "stalls show as mean ≫ median. Peak RSS is VmHWM (reset before the operation) minus the process's RSS\n"
        . "before the value and the connection existed, so it includes the script's own 1 MB string; emalloc is\n"
        . "PHP's memory_get_peak_usage(true) over the same span, blind to malloc() and Rust's allocator. Medians over rounds.\n\n";
    $mh = ['operation', 'client', 'mean µs', 'median µs', 'max µs', 'peak RSS +MB', 'emalloc peak +MB'];
    $mrows = [];
    foreach ($memOps as $op) {
        foreach ($names as $name) {
            if (empty($results[$op][$name])) {
                continue;
            }
            $iters = array_merge(...array_map(static fn($res) => $res['iter_us'] ?? [], $results[$op][$name]));
            $mrows[] = [OP_LABELS[$op], $label($name), fmt_us($med($op, $name, $us)),
                $iters ? fmt_us(median($iters)) : '—', $iters ? fmt_us(max($iters)) : '—',
                fmt_mb($med($op, $name, static fn($res) => $res['mem']['peak_delta_kb'] ?? null)),
                fmt_mb($med($op, $name, static fn($res) => $res['mem']['emalloc_peak_delta_kb'] ?? null))];
        }
    }
    $report .= table($mh, $mrows);
}

if (in_array('ours-tls', $allNames, true)) {
    $report .= "\n### TLS\n\n";
    $report .= "Our extension over TLS (tls://, memcached -Z on its own daemon, pinned like the others; TLS 1.3,\n"
        . "X25519 and AES-GCM as negotiated with memcached's OpenSSL) against our own plaintext figures from the\n"
        . "table above. The kept-connection rows use a persistent connection. Connect rows: a new connection per\n"
        . "cycle; \"resumed\" offers the TLS session from the process's cache (every cycle after the first resumes),\n"
        . "\"full handshake\" gets a new client config with an empty cache every cycle (client.php says how).\n"
        . "TLS ÷ plaintext is ops/s: plaintext µs ÷ TLS µs (the issue's target for the kept-connection rows: ≥ 0.85).\n\n";
    $trows = [];
    foreach ($allOps as $op) {
        if (!in_array($op, TLS_OPS, true)) {
            continue;
        }
        $t = $med($op, 'ours-tls', $us);
        $plain = $med(in_array($op, TLS_ONLY, true) ? 'connect_get_close' : $op, 'ours', $us);
        $xs = array_map($us, $results[$op]['ours-tls'] ?? []);
        $opLabel = $op === 'connect_get_close' ? 'connect, get, close (TLS resumed)' : OP_LABELS[$op];
        $trows[] = [$opLabel, fmt_us($plain), fmt_us($t), fmt_ratio($plain, $t),
            $xs ? sprintf('%d%%', round(100 * (max($xs) - min($xs)) / median($xs))) : '—'];
    }
    $report .= table(['operation', 'ours plaintext µs/op', 'ours TLS µs/op', 'TLS ÷ plaintext', 'TLS spread'], $trows);
    if (!isset($clients['ours'])) {
        $report .= "\n(The plaintext column needs the client ours: BENCH_CLIENTS must include it.)\n";
    }
}

$report .= "\n### Spread\n\n(max − min) ÷ median of the rounds' µs/op, per client.\n\n";
$report .= table(array_merge(['operation'], array_map($label, $names)), $spread);

$report .= "\n### Versions\n\n";
$cpuinfo = (string)@file_get_contents('/proc/cpuinfo');
$model = preg_match('/^model name\s*:\s*(.+)$/m', $cpuinfo, $mm) ? trim($mm[1]) : '?';
$report .= sprintf("- machine: %d CPU(s), %s\n", preg_match_all('/^processor\s*:/m', $cpuinfo), $model);
$report .= "- PHP " . PHP_VERSION . ", memcached $daemonVersion (3 daemons" . ($tls !== '' ? ', and one with TLS' : '') . ")\n";
foreach ($allNames as $name) {
    $report .= sprintf("- %s: %s\n", $label($name), match ($name) {
        'c' => "Debian php" . PHP_MAJOR_VERSION . "." . PHP_MINOR_VERSION . "-memcache, memcache {$versions[$name]}",
        'ours' => "$module (memcache {$versions[$name]}, built " . gmdate('Y-m-d H:i', (int)@filemtime($module)) . ' UTC)',
        'meta' => "the same module with memcache.protocol=meta",
        'memcached' => "Debian php" . PHP_MAJOR_VERSION . "." . PHP_MINOR_VERSION . "-memcached, memcached {$versions[$name]}",
        'raw' => 'bench/client.php class Raw (stream_socket_client, ASCII protocol)',
        'ours-tls' => "the same module over TLS (rustls " . 'with ring' . "), memcached -Z on 127.0.0.1:" . explode(':', $tls)[0],
    });
}
$info = [];
foreach ($ops as $op) {
    foreach ($names as $name) {
        if ($op === 'set_100k_z' && !empty($results[$op][$name][0]['info']['stored_bytes'])) {
            $info[] = "$name " . $results[$op][$name][0]['info']['stored_bytes'];
        }
    }
}
if ($info) {
    $report .= "- 100 KB value as stored (bytes): " . implode(', ', $info) . "\n";
}

if ($errors) {
    $report .= "\n### Errors\n\n";
    foreach ($errors as $e) {
        $report .= "- $e\n";
    }
}

echo $report;
if (($f = env('BENCH_OUT', '')) !== '') {
    file_put_contents($f, $report);
}
if (($f = env('BENCH_JSON', '')) !== '') {
    file_put_contents($f, json_encode(['rounds' => $rounds, 'target' => $target, 'cpu' => $cpu,
        'versions' => $versions, 'memcached' => $daemonVersion, 'results' => $results, 'errors' => $errors],
        JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE) . "\n");
}
exit($errors ? 1 : 0);
