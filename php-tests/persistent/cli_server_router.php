<?php
// Router for the `php -S` tests (started by cli_server_start() in procs.inc). Every request runs one action
// against 127.0.0.1:<port> and answers with JSON: the worker's pid, the results, and every diagnostic raised
// (captured, so nothing is printed).
//   ?action=pconnect&port=P&key=K&value=V[&sleep_ms=N]  new Memcache + pconnect, set K=V, get K
//   ?action=addserver&port=P&key=K[&retry=R]            new MemcachePool + addServer (persistent), get K,
//                                                        then getServerStatus
$errors = [];
set_error_handler(function (int $no, string $msg) use (&$errors) {
    if ($no !== E_DEPRECATED) $errors[] = $msg;   // 8.0 (the oracle) emits a dynamic-property deprecation
    return true;
});
$port = (int)($_GET['port'] ?? 0);
$key = (string)($_GET['key'] ?? 'k');
$out = ['pid' => getmypid()];
switch ($_GET['action'] ?? '') {
    case 'pconnect':
        $m = new Memcache;
        $out['pconnect'] = $m->pconnect('127.0.0.1', $port);
        $out['set'] = $m->set($key, (string)($_GET['value'] ?? ''));
        $out['get'] = $m->get($key);
        if (isset($_GET['sleep_ms'])) usleep(1000 * (int)$_GET['sleep_ms']);
        break;
    case 'addserver':
        $p = new MemcachePool;
        $out['addserver'] = $p->addServer('127.0.0.1', $port, 0, true, 1, 1.0, (int)($_GET['retry'] ?? 15));
        $out['get'] = $p->get($key);
        $out['status'] = $p->getServerStatus('127.0.0.1', $port);
        break;
    default:
        $out['error'] = 'unknown action';
}
$out['errors'] = $errors;
header('Content-Type: application/json');
echo json_encode($out);
