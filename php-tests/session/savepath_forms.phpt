--TEST--
session save path: tcp://host:port, host:port, udp:// (TCP is used), unix:///path, unix:///path:0 and file:///path all reach their server
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
// Spec §8.1. Each form gets its own session id; after a write the data is looked for on the daemon the URL
// names (raw get, bypassing the extension) and read back through a second session_start().
ob_start();   // session INI settings cannot change once output has been sent
require __DIR__ . '/../config.inc';
require __DIR__ . '/session.inc';
$forms = [
    'tcp'        => ["tcp://$host:$port", "$host:$port"],
    'plain'      => ["$host:$port", "$host:$port"],
    'udp'        => ["udp://$host:$port", "$host:$port"],
    'unix'       => ["unix://$sock", $sock],
    'unix-port0' => ["unix://$sock:0", $sock],
    'file'       => ["file://$sock", $sock],
];
foreach ($forms as $name => [$url, $server]) {
    $id = "sess-forms-$name";
    session_raw_cleanup([$server], $id);
    ini_set('session.save_path', $url);
    session_id($id);
    $start = session_start();
    $empty = $_SESSION === [];
    $_SESSION['form'] = $name;
    $write = session_write_close();
    $stored = session_raw_show($server, $id);
    session_id($id);
    session_start();
    $back = $_SESSION;
    session_write_close();
    echo "$name: start=", var_export($start, true), " empty=", var_export($empty, true), " write=",
        var_export($write, true), " stored=$stored back=", json_encode($back), "\n";
    session_raw_cleanup([$server], $id);
}
?>
--EXPECT--
tcp: start=true empty=true write=true stored='form|s:3:"tcp";' back={"form":"tcp"}
plain: start=true empty=true write=true stored='form|s:5:"plain";' back={"form":"plain"}
udp: start=true empty=true write=true stored='form|s:3:"udp";' back={"form":"udp"}
unix: start=true empty=true write=true stored='form|s:4:"unix";' back={"form":"unix"}
unix-port0: start=true empty=true write=true stored='form|s:10:"unix-port0";' back={"form":"unix-port0"}
file: start=true empty=true write=true stored='form|s:4:"file";' back={"form":"file"}
