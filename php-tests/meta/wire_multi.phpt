--TEST--
meta wire bytes: multi-key gets, sets and deletes go as one quiet batch per server (q, O<n>, closed by mn) and replies are matched by the opaque, not by order; multi-key incr is not quiet (issue 14)
--DESCRIPTION--
The scripted server answers the hits in reverse order: each value still lands under its own key, named by the
key as asked (normalised), as ASCII names them. Duplicate keys are asked once, as in ASCII. A quiet batch only
answers what did not plainly succeed: NS O1 makes the multi-set false, NF O0 the multi-delete false, and an
untagged SERVER_ERROR (errors carry no opaque) is reported with its notice. An opaque the batch did not send
fails the server. incr is not quiet: memcached 1.6 drops the value of a quiet ma.
--INI--
memcache.protocol=meta
--SKIPIF--
<?php if (!extension_loaded('memcache')) die('skip memcache extension not loaded'); ?>
--FILE--
<?php
require __DIR__ . '/../failure/fake_server.inc';
$srv = fake_server_start([
    "VA 1 f0 O2\r\nc\r\nVA 8 f1 c9 O0\r\ns:1:\"a\";\r\nMN\r\n",
    "MN\r\n",
    "NS O1\r\nMN\r\n",
    "MN\r\n",
    "NF O0\r\nMN\r\n",
    "SERVER_ERROR object too large for cache\r\nMN\r\n",
    "VA 1\r\n2\r\nNF\r\nVA 1\r\n4\r\n",
    "VA 1 f0 O7\r\nx\r\nMN\r\n",
]);
$m = new MemcachePool;
$m->addServer('127.0.0.1', $srv['port']);
var_dump($m->get(['m_a', 'm b', 'm_c', 'm_a'], $flags, $cas), $flags, $cas);
var_dump($m->get(['m_x', 'm_y']));
var_dump($m->add(['m_a' => 1, 'm_b' => 2, 'm_c' => 3]));
var_dump($m->set(['m_a' => 1, 'm_b' => 2], null, 0, 60));
var_dump($m->delete(['m_x', 'm_a']));
var_dump($m->set(['m_a' => 1, 'm_b' => 2]));
var_dump($m->increment(['m_a', 'm_x', 'm_c']));
var_dump($m->get(['m_a', 'm_b']));
$m->close();
fake_server_dump(fake_server_finish($srv));
?>
--EXPECTF--
array(2) {
  ["m_c"]=>
  string(1) "c"
  ["m_a"]=>
  string(1) "a"
}
array(2) {
  ["m_c"]=>
  int(0)
  ["m_a"]=>
  int(1)
}
array(2) {
  ["m_c"]=>
  int(0)
  ["m_a"]=>
  int(9)
}
array(0) {
}
bool(false)
bool(true)
bool(false)

Notice: MemcachePool::set(): Server 127.0.0.1 (tcp %d, udp 0) failed with: SERVER_ERROR object too large for cache (3) in %s on line %d
bool(false)
array(3) {
  ["m_a"]=>
  int(2)
  ["m_x%0"]=>
  bool(false)
  ["m_c"]=>
  int(4)
}

Notice: MemcachePool::get(): Server 127.0.0.1 (tcp %d, udp 0) failed with: Malformed server response (0) in %s on line %d
array(0) {
}
req 0: mg m_a v f c q O0\r\nmg m_b v f c q O1\r\nmg m_c v f c q O2\r\nmn\r\n
req 1: mg m_x v f q O0\r\nmg m_y v f q O1\r\nmn\r\n
req 2: ms m_a 1 F768 T0 ME q O0\r\n1\r\nms m_b 1 F768 T0 ME q O1\r\n2\r\nms m_c 1 F768 T0 ME q O2\r\n3\r\nmn\r\n
req 3: ms m_a 1 F768 T60 q O0\r\n1\r\nms m_b 1 F768 T60 q O1\r\n2\r\nmn\r\n
req 4: md m_x q O0\r\nmd m_a q O1\r\nmn\r\n
req 5: ms m_a 1 F768 T0 q O0\r\n1\r\nms m_b 1 F768 T0 q O1\r\n2\r\nmn\r\n
req 6: ma m_a v D1\r\nma m_x v D1\r\nma m_c v D1\r\n
req 7: mg m_a v f q O0\r\nmg m_b v f q O1\r\nmn\r\n
