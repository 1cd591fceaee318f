<?php
// php -n analyze.php LOG_DIR MC_PORT RESTARTS : reads the client logs, verifies the keys acknowledged in the
// last epoch directly against memcached (raw ASCII protocol), prints the summary, exits 1 on a real problem.
[, $dir, $mcPort, $restarts] = $argv;
$restarts = (int)$restarts;
$total = $outageFalse = $outageOk = $upFalse = $lost = $err5 = $noAnswer = $straddle = 0;
$bad = [];
$okPerEpoch = [];
$byOp = [];
$diags = [];  // distinct PHP diagnostics seen by the pages (ports masked), for the record
foreach (glob("$dir/client*.log") as $f) {
    foreach (file($f, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) as $line) {
        $r = json_decode($line, true);
        $total++;
        $byOp[$r['op']] = ($byOp[$r['op']] ?? 0) + 1;
        foreach ($r['diag'] ?? [] as $d) {
            $d = preg_replace('/\b\d{4,5}\b/', 'N', $d); // ports
            $diags[$d] = ($diags[$d] ?? 0) + 1;
        }
        if ($r['status'] === 0) { $noAnswer++; $bad[] = "no HTTP answer: $line"; continue; }
        if ($r['status'] >= 500) { $err5++; $bad[] = "HTTP {$r['status']}: $line"; continue; }
        if ($r['status'] !== 200) { $bad[] = "HTTP {$r['status']}: $line"; continue; }
        if ($r['bad'] !== null) $bad[] = "{$r['bad']}: $line";
        if (isset($r['lost'])) { $lost++; $bad[] = "lost acknowledged write: $line"; }
        if ($r['e0'] !== $r['e1'] || preg_match('/^(killing|starting) /', $r['e0'])) { $straddle++; continue; }
        if (str_starts_with($r['e0'], 'down ')) {
            if ($r['false']) $outageFalse++; else $outageOk++;
        } elseif ($r['false']) {
            $upFalse++;
            $bad[] = "false while memcached was up: $line";
        } else {
            $okPerEpoch[$r['e0']] = ($okPerEpoch[$r['e0']] ?? 0) + 1;
        }
    }
}
// final verification pass against the current daemon
$keys = [];
foreach (glob("$dir/client*.log.keys") as $f) {
    $keys = array_merge($keys, file($f, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES));
}
$finalLost = 0;
$s = @stream_socket_client("tcp://127.0.0.1:$mcPort", $en, $es, 2);
if (!$s) {
    $bad[] = "final verification: cannot connect to memcached: $es";
} else {
    foreach ($keys as $k) {
        fwrite($s, "get $k\r\n");
        $hdr = fgets($s);
        $val = null;
        if (preg_match('/^VALUE \S+ \d+ (\d+)\r\n$/', $hdr, $m)) {
            $val = $m[1] > 0 ? stream_get_contents($s, (int)$m[1]) : '';
            fgets($s); // \r\n after data
            fgets($s); // END
        }
        if ($val !== 'v:' . md5($k) . ':' . $k) { $finalLost++; $bad[] = "final verification: $k " . ($val === null ? 'missing' : 'wrong value'); }
    }
}
$lost += $finalLost;
for ($e = 1; $e <= $restarts; $e++) {
    if (($okPerEpoch["up $e"] ?? 0) === 0) $bad[] = "no successful request after restart $e (persistent connections did not recover)";
}
if (($okPerEpoch['up 0'] ?? 0) === 0) $bad[] = 'no successful request before the first restart';
if ($outageFalse === 0) $bad[] = 'no request ran entirely during an outage (nothing checked there)';
ksort($byOp);
$ops = implode(' ', array_map(fn($k, $v) => "$k=$v", array_keys($byOp), $byOp));
$epochs = implode(' ', array_map(fn($k, $v) => str_replace(' ', '', $k) . "=$v", array_keys($okPerEpoch), $okPerEpoch));
echo "soak: details: ops [$ops], ok per epoch [$epochs], during kill/start or straddling $straddle, "
   . "ok during outage $outageOk, false while up $upFalse, final pass " . count($keys) . " keys ($finalLost missing)\n";
arsort($diags);
foreach ($diags as $d => $c) echo "soak: diagnostic x$c: $d\n";
foreach (array_slice($bad, 0, 20) as $b) echo 'soak: PROBLEM: ', substr(str_replace("\n", ' ', $b), 0, 400), "\n";
if (count($bad) > 20) echo "soak: ... " . (count($bad) - 20) . " more problems\n";
echo "soak: $total requests, $outageFalse false during outages, $lost lost writes, $err5 server errors, restarts $restarts\n";
file_put_contents("$dir/problems", count($bad));
exit($bad ? 1 : 0);
