--TEST--
session.use_strict_mode=1: PHP's default id validation only checks the characters, so an unknown well-formed id is kept
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
session.save_handler=memcache
session.use_cookies=0
session.cache_limiter=
session.use_strict_mode=1
session.sid_length=32
--FILE--
<?php
// Spec §8.6: the handler registers no validate_sid of its own. Observed with the C extension (8.0): in strict
// mode an id that was never stored is still accepted (the read returns an empty session with success), and
// the session is created under it; an id with characters PHP does not allow is replaced by a new 32-character
// id, as in non-strict mode.
ob_start();
require __DIR__ . '/../config.inc';
require __DIR__ . '/session.inc';
$a = "$host:$port";
ini_set('session.save_path', "tcp://$a");
$id = 'sess-strict-unknown';
session_raw_cleanup([$a], $id);
session_id($id);
var_dump(session_start(), session_id() === $id, $_SESSION);
$_SESSION['s'] = 1;
session_write_close();
echo "stored: ", session_raw_show($a, $id), "\n";
session_id($id);
session_start();
var_dump(session_id() === $id, $_SESSION);
session_write_close();
session_raw_cleanup([$a], $id);

session_id('bad id!');
var_dump(session_start());
$new = session_id();
var_dump($new !== 'bad id!', strlen($new), (bool)preg_match('/^[a-v0-9]{32}$/', $new));
session_write_close();
session_raw_cleanup([$a], $new);
?>
--EXPECT--
bool(true)
bool(true)
array(0) {
}
stored: 's|i:1;'
bool(true)
array(1) {
  ["s"]=>
  int(1)
}
bool(true)
bool(true)
int(32)
bool(true)
