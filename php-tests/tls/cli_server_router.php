<?php
// Router for tls/pconnect_across_requests_cli_server.phpt: every request pconnects to tls://127.0.0.1:<port>
// (CA from ?ca=), sets and gets a key, and answers with JSON (the worker's pid, the results, diagnostics).
$errors = [];
set_error_handler(function (int $no, string $msg) use (&$errors) { $errors[] = $msg; return true; });
ini_set('memcache.tls_ca_file', (string)($_GET['ca'] ?? ''));
$m = new Memcache;
$out = ['pid' => getmypid()];
$out['pconnect'] = $m->pconnect('tls://127.0.0.1', (int)($_GET['port'] ?? 0));
$out['set'] = $m->set((string)$_GET['key'], (string)$_GET['value']);
$out['get'] = $m->get((string)$_GET['key']);
$out['errors'] = $errors;
header('Content-Type: application/json');
echo json_encode($out);
