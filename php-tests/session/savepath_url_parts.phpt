--TEST--
session save path: entries are split like parse_url(): any scheme but unix:/file: means host:port; user, path and fragment are ignored
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc';
if (!file_exists($sock)) die("skip no memcached on unix socket $sock"); ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
session.save_handler=memcache
session.use_cookies=0
session.cache_limiter=
--FILE--
<?php
// Observed with the C extension (8.0); the spec (§8.1) lists the usual forms only. Only the host and port
// of a TCP URL are used (a scheme-relative "//host:port" works too). A unix URL is "unix:" turned into "file:"
// and parsed; only its path is used, so "unix:/path" and "unix://localhost/path" reach the socket as well.
ob_start();
require __DIR__ . '/../config.inc';
require __DIR__ . '/session.inc';
$a = "$host:$port";
$forms = [
    'http'     => ["http://$a", $a],
    'relative' => ["//$a", $a],
    'userinfo' => ["tcp://user:secret@$a", $a],
    'path'     => ["tcp://$a/some/path", $a],
    'fragment' => ["tcp://$a#frag", $a],
    'unix-one-slash' => ["unix:$sock", $sock],
    'unix-localhost' => ["unix://localhost$sock", $sock],
];
foreach ($forms as $name => [$url, $server]) {
    $id = "sess-urlparts-$name";
    session_raw_cleanup([$server], $id);
    ini_set('session.save_path', $url);
    session_id($id);
    $start = session_start();
    $_SESSION['u'] = $name;
    $write = session_write_close();
    echo "$name: start=", var_export($start, true), " write=", var_export($write, true),
        " stored=", session_raw_show($server, $id), "\n";
    session_raw_cleanup([$server], $id);
}
?>
--EXPECT--
http: start=true write=true stored='u|s:4:"http";'
relative: start=true write=true stored='u|s:8:"relative";'
userinfo: start=true write=true stored='u|s:8:"userinfo";'
path: start=true write=true stored='u|s:4:"path";'
fragment: start=true write=true stored='u|s:8:"fragment";'
unix-one-slash: start=true write=true stored='u|s:14:"unix-one-slash";'
unix-localhost: start=true write=true stored='u|s:14:"unix-localhost";'
