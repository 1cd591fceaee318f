<?php
// Soak page (run under `php -S`): one memcache operation per request, chosen by the query string,
// over a persistent connection. Answers one JSON line; PHP diagnostics are captured, not printed.
//   ?port=P&op=set&key=K | get&key=K | incr&key=K | delete&key=K | multi&keys=K1,K2,...
$diag = [];
// E_DEPRECATED is swallowed: the 8.0 oracle emits "Creation of dynamic property" deprecations (8.2 must not;
// the phpt suite checks that).
set_error_handler(function ($no, $str) use (&$diag) {
    if ($no !== E_DEPRECATED) $diag[] = "$no: $str";
    return true;
});
$port = (int)($_GET['port'] ?? 0);
$op = $_GET['op'] ?? '';
$key = $_GET['key'] ?? '';
$m = new Memcache();
$conn = $m->pconnect('127.0.0.1', $port, 1.0);
$value = static fn(string $k): string => 'v:' . md5($k) . ':' . $k;
$extra = null;
switch ($op) {
    case 'set':
        $r = $m->set($key, $value($key));
        break;
    case 'get':
        $r = $m->get($key);
        $extra = ($r !== false) ? ($r === $value($key)) : null;
        break;
    case 'incr':
        $r = $m->increment($key, 1);
        if ($r === false && $conn) {
            // counter absent (fresh daemon): start it
            $r = $m->set($key, 1) ? 1 : false;
        }
        break;
    case 'delete':
        $r = $m->delete($key);
        break;
    case 'multi':
        $keys = array_values(array_filter(explode(',', $_GET['keys'] ?? '')));
        $r = $m->get($keys);
        if (is_array($r)) {
            $extra = ['found' => count($r), 'bad' => 0];
            foreach ($r as $k => $v) {
                if ($v !== $value((string)$k)) $extra['bad']++;
            }
        }
        break;
    default:
        http_response_code(400);
        $r = false;
}
header('Content-Type: application/json');
echo json_encode(['pid' => getmypid(), 'op' => $op, 'conn' => $conn, 'false' => $r === false,
    'result' => is_int($r) ? $r : null, 'check' => $extra, 'diag' => $diag]), "\n";
