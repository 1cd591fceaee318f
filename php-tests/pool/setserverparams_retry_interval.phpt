--TEST--
setServerParams() sets a server's retry_interval; omitting it resets it to 15 (§4.2, §6.1)
--DESCRIPTION--
Pool A (live), D (refused, added with retry_interval 15) and E (another closed port, added with
retry_interval 1). A failure callback records which servers failed. The test starts early in a second T.
* Both fail in T (getExtendedStats asks every server).
* setServerParams(D, 1.0, 1) revives D and sets its retry_interval to 1; setServerParams(E) with the defaults
  revives E and sets its retry_interval back to 15. Both fail again in T; in T they stay failed.
* In T+1 D is tried again, E is not.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/../config.inc';
require __DIR__ . '/multi_server.inc';
$e_port = ms_closed_port();
$p = new MemcachePool;
$p->addServer($host, $port, 0, false);
$p->addServer('127.0.0.1', $refused_port, 0, false, 1, 1.0, 15);
$p->addServer('127.0.0.1', $e_port, 0, false, 1, 1.0, 1);
$failed = [];
$p->setFailureCallback(function ($h, $tcp) use (&$failed, $refused_port, $e_port) {
    $failed[] = [$refused_port => 'D', $e_port => 'E'][$tcp] ?? $tcp;
});
$op = function () use ($p, &$failed) {
    $failed = [];
    $p->getExtendedStats();
    sort($failed);
    echo "getExtendedStats, failed: ", implode(' ', $failed) ?: '-', "\n";
};
$t = ms_start_of_second();
echo "T\n";
$op();
var_dump($p->setServerParams('127.0.0.1', $refused_port, 1.0, 1));
var_dump($p->setServerParams('127.0.0.1', $e_port));
$op();
$op();
ms_wait_until($t + 1);
echo "T+1\n";
$op();
$op();
?>
--EXPECT--
T
getExtendedStats, failed: D E
bool(true)
bool(true)
getExtendedStats, failed: D E
getExtendedStats, failed: -
T+1
getExtendedStats, failed: D
getExtendedStats, failed: -
