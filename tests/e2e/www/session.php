<?php
// A session stored by the memcache save handler on both daemons: a counter that grows by one per request.
$started = session_start();
$_SESSION['n'] = ($_SESSION['n'] ?? 0) + 1;
echo $started ? 'session ok' : 'session FAIL session_start', ' n=', $_SESSION['n'], ' id=', session_id(),
    ' pid=', getmypid(), "\n";
