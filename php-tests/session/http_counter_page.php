<?php
// Page for http_counter.phpt, served by `php -S` with the session handler set on its command line: a counter
// kept in the session (cookie PHPSESSID). Answers JSON: the count, the session id, and any diagnostics.
$errors = [];
set_error_handler(function (int $no, string $msg) use (&$errors) {
    if ($no !== E_DEPRECATED) $errors[] = $msg;   // 8.0 (the oracle) may emit dynamic-property deprecations
    return true;
});
$started = session_start();
$_SESSION['count'] = ($_SESSION['count'] ?? 0) + 1;
$out = ['started' => $started, 'count' => $_SESSION['count'], 'id' => session_id(),
        'handler' => ini_get('session.save_handler')];
session_write_close();
$out['errors'] = $errors;
header('Content-Type: application/json');
echo json_encode($out);
