<?php
// Soak client loop: php -n client.php ID URL MC_PORT EPOCH_FILE LOG_FILE DEADLINE_UNIX
// Sends mixed requests until DEADLINE; one JSON line per request in LOG_FILE.
// EPOCH_FILE holds "up N" or "down N" (written by run.sh); a request whose epoch reads before and after
// are the same "up N" ran entirely against daemon incarnation N.
[, $id, $url, $mcPort, $epochFile, $logFile, $deadline] = $argv;
$deadline = (float)$deadline;
mt_srand(crc32("soak$id" . getmypid()));
$log = fopen($logFile, 'w');
$epoch = static fn(): string => trim((string)@file_get_contents($epochFile));
$ctx = stream_context_create(['http' => ['ignore_errors' => true, 'timeout' => 5]]);
$acked = [];      // epoch => list of keys acknowledged in that epoch and not deleted
$counter = [];    // epoch => last counter value seen
$n = 0;
while (microtime(true) < $deadline) {
    $n++;
    $e0 = $epoch();
    $cur = $acked[$e0] ?? [];
    $pick = mt_rand(1, 100);
    $q = ['port' => $mcPort];
    $expectKey = null;
    if ($pick <= 40 || !$cur) {
        $q['op'] = 'set';
        $q['key'] = "soak:$id:" . getmypid() . ":$n:" . str_replace(' ', '', $e0);
    } elseif ($pick <= 70) {
        $q['op'] = 'get';
        $q['key'] = $cur[array_rand($cur)];
    } elseif ($pick <= 80) {
        $q['op'] = 'incr';
        $q['key'] = "soak:ctr:$id:" . getmypid();
    } elseif ($pick <= 88) {
        $q['op'] = 'delete';
        $i = array_rand($cur);
        $q['key'] = $cur[$i];
        array_splice($acked[$e0], $i, 1); // no longer expected, whatever the answer
    } else {
        $q['op'] = 'multi';
        $ks = (array)array_rand(array_flip($cur), min(5, count($cur)));
        $q['keys'] = implode(',', $ks);
    }
    $t0 = microtime(true);
    $body = @file_get_contents($url . '?' . http_build_query($q), false, $ctx);
    $t1 = microtime(true);
    $e1 = $epoch();
    $status = 0;
    if (isset($http_response_header[0]) && preg_match('#^HTTP/\S+ (\d+)#', $http_response_header[0], $mm)) {
        $status = (int)$mm[1];
    }
    $r = is_string($body) ? json_decode($body, true) : null;
    $rec = ['id' => $id, 'n' => $n, 'op' => $q['op'], 'e0' => $e0, 'e1' => $e1, 't0' => $t0, 't1' => $t1,
        'status' => $status, 'pid' => $r['pid'] ?? null, 'false' => is_array($r) ? $r['false'] : null,
        'conn' => $r['conn'] ?? null, 'bad' => null, 'diag' => $r['diag'] ?? []];
    if (!is_array($r)) {
        $rec['bad'] = 'unparsable answer: ' . substr((string)$body, 0, 200);
    } else {
        foreach ($r['diag'] as $d) {
            // during an outage notices/warnings are expected; anything fatal-looking is not
            if (!preg_match('/^(8|2|1024): /', $d)) $rec['bad'] = "diagnostic $d";
        }
    }
    $same = ($e0 === $e1 && str_starts_with($e0, 'up '));
    if (is_array($r) && $same) {
        switch ($q['op']) {
            case 'set':
                if (!$r['false']) { $acked[$e0][] = $q['key']; $rec['key'] = $q['key']; }
                break;
            case 'get':
                if ($r['false']) $rec['lost'] = $q['key'];
                elseif ($r['check'] !== true) $rec['bad'] = "wrong value for {$q['key']}";
                break;
            case 'incr':
                if (!$r['false']) {
                    $prev = array_key_exists($e0, $counter) ? $counter[$e0] : 0;
                    if ($prev !== null && $r['result'] !== $prev + 1) $rec['bad'] = "counter {$r['result']} after $prev";
                    $counter[$e0] = $r['result'];
                }
                break;
            case 'delete':
                if ($r['false']) $rec['lost'] = $q['key'];
                break;
            case 'multi':
                if (!$r['false']) {
                    $want = count(explode(',', $q['keys']));
                    if ($r['check']['found'] !== $want) $rec['lost'] = $q['keys'];
                    if ($r['check']['bad']) $rec['bad'] = "multi-get wrong values";
                }
                break;
        }
    } elseif (!$same && str_starts_with($e1, 'up ')) {
        $counter[$e1] = null; // a straddling request may have moved the counter: value unknown
    }
    fwrite($log, json_encode($rec) . "\n");
}
// keys acknowledged in the last epoch this client saw, for the final verification pass
$last = $epoch();
file_put_contents("$logFile.keys", implode("\n", $acked[$last] ?? []) . "\n");
