--TEST--
User subclasses with their own constructor work (anonymous and named, of Memcache and MemcachePool)
--DESCRIPTION--
Spec §1: neither class has a constructor, so a subclass constructor need not call parent::__construct().
The server is added lazily (no I/O): the refused port is never contacted.
E_DEPRECATED is masked so the 8.0 oracle's dynamic-property deprecation for ->connection does not show;
module/dynamic_properties.phpt covers that difference.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
require __DIR__ . '/../config.inc';
$a = new class($host, $refused_port) extends Memcache {
    public $ctor = 0;
    public function __construct(string $h, int $p) {
        $this->ctor = 1;
        var_dump($this->addServer($h, $p));
    }
};
var_dump($a instanceof Memcache, str_starts_with(get_class($a), 'Memcache@anonymous'));
var_dump($a->ctor, is_resource($a->connection), get_resource_type($a->connection));
var_dump($a->findServer('sub_key') === "$host:$refused_port");

class MyPool extends MemcachePool {
    public array $log = [];
    public function __construct() { $this->log[] = 'constructed'; }
    public function set($key, $value = null, $flags = 0, $exptime = 0, $cas = 0): bool {
        $this->log[] = "set $key";
        return false;
    }
}
$p = new MyPool;
var_dump($p->set('k', 'v'), $p->log);
var_dump($p->addServer($host, $refused_port));
var_dump(array_keys(get_object_vars($p)));
try {
    $p->__construct();
    var_dump($p->log);
} catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try {
    (new class extends Memcache { function __construct() { parent::__construct(); } });
} catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
int(1)
bool(true)
string(19) "memcache connection"
bool(true)
bool(false)
array(2) {
  [0]=>
  string(11) "constructed"
  [1]=>
  string(5) "set k"
}
bool(true)
array(2) {
  [0]=>
  string(3) "log"
  [1]=>
  string(10) "connection"
}
array(3) {
  [0]=>
  string(11) "constructed"
  [1]=>
  string(5) "set k"
  [2]=>
  string(11) "constructed"
}
Error: Cannot call constructor
