--TEST--
MemcachePool::addServer()/connect(): udp port outside 0..65635 gives "invalid udp port number"
--DESCRIPTION--
Spec §4.1: the udp port has the same (quirky) range as the tcp port; 65635 is accepted.
No I/O: the server is added lazily and the udp port is never used.
E_DEPRECATED is masked so the 8.0 oracle's dynamic-property deprecation does not show;
module/dynamic_properties.phpt covers that difference.
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
; ASCII: under binary any udp port also gives a notice (covered by addserver_udp_binary_notice.phpt)
memcache.protocol=ascii
--FILE--
<?php
$p = new MemcachePool;
var_dump($p->addServer('127.0.0.1', 11211, -1));
var_dump($p->addServer('127.0.0.1', 11211, 65636));
var_dump($p->connect('127.0.0.1', 11211, 70000));
var_dump($p);
var_dump($p->addServer('127.0.0.1', 11211, 65635));
var_dump($p->addServer('127.0.0.1', 11212, 0));
var_dump($p->getServerStatus('127.0.0.1', 11211), $p->getServerStatus('127.0.0.1', 11212));
?>
--EXPECTF--

Warning: MemcachePool::addserver(): invalid udp port number in %s on line %d
bool(false)

Warning: MemcachePool::addserver(): invalid udp port number in %s on line %d
bool(false)

Warning: MemcachePool::connect(): invalid udp port number in %s on line %d
bool(false)
object(MemcachePool)#1 (0) {
}
bool(true)
bool(true)
int(1)
int(1)
