<?php
// Child process for the session interop tests, run under the *other* extension (the C oracle, see
// oracle_command() in config.inc):
//   php peer.php <write|read> <save path> <session_redundancy> <id>...
// write: stores session_peer_data(<id>) under each id; read: prints one line per id, "<id>: ok" when the
// session holds exactly session_peer_data(<id>), else what it holds.
error_reporting(E_ALL & ~E_DEPRECATED);   // the 8.0 oracle's dynamic-property deprecation is not under test
ob_start();
require __DIR__ . '/peer_data.inc';
[, $mode, $path, $redundancy] = $argv;
$ids = array_slice($argv, 4);
ini_set('session.save_handler', 'memcache');
ini_set('session.save_path', $path);
ini_set('session.use_cookies', '0');
ini_set('session.cache_limiter', '');
ini_set('memcache.session_redundancy', $redundancy);
foreach ($ids as $id) {
    session_id($id);
    if (!session_start()) { echo "$id: session_start failed\n"; continue; }
    if ($mode === 'write') {
        $_SESSION = session_peer_data($id);
        echo "$id: ", session_write_close() ? 'written' : 'write failed', "\n";
    } else {
        echo session_peer_check($id, $_SESSION), "\n";
        session_write_close();
    }
}
echo "peer: ", phpversion('memcache') === false ? 'no memcache' : 'done', "\n";
