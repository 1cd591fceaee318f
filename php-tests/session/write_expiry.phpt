--TEST--
session write: the data expires session.gc_maxlifetime seconds from now and the released lock memcache.lock_timeout seconds from now
--SKIPIF--
<?php include __DIR__ . '/../skipif.inc'; ?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
session.save_handler=memcache
session.use_cookies=0
session.cache_limiter=
session.gc_maxlifetime=5000
memcache.lock_timeout=40
--FILE--
<?php
// Spec §8.5, checked on a real memcached with the meta command "mg <key> t" (remaining TTL). The data's
// exptime is an absolute time (time() + 5000); memcached turns it into a TTL of about 5000 s. The lock's
// exptime is the relative lock_timeout (40 s). memcached's clock ticks once a second and lags the real
// time, so a TTL can read one second more than the lifetime.
ob_start();
require __DIR__ . '/../config.inc';
require __DIR__ . '/session.inc';
$a = "$host:$port";
$id = 'sess-expiry';
session_raw_cleanup([$a], $id);
ini_set('session.save_path', "tcp://$a");
session_id($id);
session_start();
$_SESSION['e'] = 1;
session_write_close();
$ttl = fn($key) => preg_match('/^HD t(-?\d+)$/', session_raw_cmd($a, "mg $key t\r\n"), $m) ? (int)$m[1] : null;
$data = $ttl($id);
$lock = $ttl("$id.lock");
echo "data ttl: ", ($data >= 4990 && $data <= 5002) ? 'about 5000' : var_export($data, true), "\n";
echo "lock ttl: ", ($lock >= 35 && $lock <= 41) ? 'about 40' : var_export($lock, true), "\n";
session_raw_cleanup([$a], $id);
?>
--EXPECT--
data ttl: about 5000
lock ttl: about 40
