<?php
// Writes seed inputs for the fuzz targets into fuzz/seeds/<target>/, from the test vectors already in
// the repository: the codec tables (replies recorded from memcached 1.6.18 and the C extension, plus
// their hostile variants), the recorded stats replies, the value vectors and the session save paths.
// The seeds follow the input layouts described at the top of harness.rs. Run it, then minimise into
// the committed corpus (see README.md):
//     php -n fuzz/seed_corpus.php && cargo +nightly fuzz cmin <target> fuzz/seeds/<target> ...
$root = dirname(__DIR__);
$out = $root . '/fuzz/seeds';
$expects = ['Value', 'Store', 'Delete', 'Counter', 'Flush', 'Version', 'Stats'];
$count = [];

function put(string $target, string $bytes): void {
    global $out, $count;
    @mkdir("$out/$target", 0777, true);
    file_put_contents("$out/$target/" . substr(sha1($bytes), 0, 16), $bytes);
    $count[$target] = ($count[$target] ?? 0) + 1;
}

/** The contents of every Rust byte-string literal b"..." in $src, unescaped. */
function byte_strings(string $src): array {
    preg_match_all('/b"((?:[^"\\\\]|\\\\.)*)"/s', $src, $m);
    return array_map(fn($s) => stripcslashes(str_replace('\\0', "\0", $s)), $m[1]);
}

// ASCII replies: each table row (Expect, b"...") as [expect, chunk, bytes], with small and large reads.
$ascii = file_get_contents("$root/src/protocol/ascii/tests.rs");
preg_match_all('/\((' . implode('|', $expects) . '),\s*b"((?:[^"\\\\]|\\\\.)*)"/', $ascii, $m, PREG_SET_ORDER);
$all_values = '';
foreach ($m as [, $expect, $lit]) {
    $bytes = stripcslashes($lit);
    $e = array_search($expect, $expects);
    put('ascii_decode', chr($e) . "\x00" . $bytes);
    put('ascii_decode', chr($e) . "\xff" . $bytes);
    if ($expect === 'Value' && str_starts_with($bytes, 'VALUE')) $all_values .= $bytes;
}
put('ascii_decode', "\x00\x03" . $all_values . "END\r\n");
// Lines at protocol::MAX_LINE (8192 bytes with the terminator): the longest accepted, one byte too many.
put('ascii_decode', "\x05\xff" . 'VERSION ' . str_repeat('v', 8192 - 10) . "\r\n");
put('ascii_decode', "\x06\xff" . 'STAT ' . str_repeat('s', 8192 - 5));
put('stats_push_line', 'ITEM k [' . str_repeat(';', 4000) . ' ]');
put('stats_push_line', 'STAT ' . str_repeat('a:', 2000) . 'z 1');
foreach (glob("$root/src/stats/testdata/*.raw") as $f) {
    put('ascii_decode', "\x06\x10" . file_get_contents($f));
    put('stats_push_line', file_get_contents($f));
}

// Binary responses: every hex constant in the table (recorded packets) and each pair of them.
$binary = str_replace("\\\n", '', file_get_contents("$root/src/protocol/binary/tests.rs"));
$binary = preg_replace('/"\s*\n\s*"/', '', $binary);
preg_match_all('/"(81[0-9a-f]{46,})"/', $binary, $m);
$packets = array_values(array_unique(array_map('hex2bin', preg_replace('/\s+/', '', $m[1]))));
foreach ($packets as $i => $p) {
    foreach ([0, 1, 3, 5] as $e) put('binary_decode', chr($e) . "\x07" . $p);
    put('binary_decode', "\x00\x00" . $p . $packets[($i + 1) % count($packets)]);
}
// Hostile headers: request magic, key+extras past the body, a 3 GiB body.
$get = hex2bin('810000000400000000000006000000000000000000000008000000007632');
put('binary_decode', "\x00\x05" . "\x80" . substr($get, 1));
put('binary_decode', "\x00\x05" . substr($get, 0, 8) . pack('N', 2) . substr($get, 12));
put('binary_decode', "\x00\x05" . substr($get, 0, 8) . pack('N', 0xC0000000) . substr($get, 12));

// Meta replies: each table row (Expect, b"...") as [expect, chunk, bytes], with small and large reads.
$meta_expects = [...$expects, 'Lease'];
$meta = file_get_contents("$root/src/protocol/meta/tests.rs");
preg_match_all('/\((' . implode('|', $meta_expects) . '),\s*b"((?:[^"\\\\]|\\\\.)*)"/', $meta, $m, PREG_SET_ORDER);
$all_meta = '';
foreach ($m as [, $expect, $lit]) {
    $bytes = stripcslashes($lit);
    $e = array_search($expect, $meta_expects);
    put('meta_decode', chr($e) . "\x00" . $bytes);
    put('meta_decode', chr($e) . "\xff" . $bytes);
    if ($expect === 'Value' && str_starts_with($bytes, 'VA')) $all_meta .= $bytes;
}
put('meta_decode', "\x00\x03" . $all_meta . "MN\r\n");
put('meta_decode', "\x01\x02" . "NS O1\r\nSERVER_ERROR object too large for cache\r\nEX O3\r\nMN\r\n");
put('meta_decode', "\x00\xff" . 'VA 1 ' . str_repeat('f', 8192 - 7) . "\r\nx\r\n");

// Values: [flags LE, limit LE, payload], from the zlib streams and payload vectors of value/tests.rs.
$vtests = file_get_contents("$root/src/value/tests.rs");
preg_match_all('/hex\(\s*"([0-9a-f]+)"/', $vtests, $m);
foreach ($m[1] as $h) {
    foreach ([[2, 1 << 20], [3, 1 << 20], [2, 10], [0x302, 64]] as [$flags, $limit]) {
        put('value_decode', pack('VV', $flags, $limit) . hex2bin($h));
    }
}
foreach (byte_strings($vtests) as $s) {
    foreach ([0, 1, 0x100, 0x300, 0x700] as $flags) put('value_decode', pack('VV', $flags, 100) . $s);
}
foreach (file("$root/src/value/parse_double_vectors.txt", FILE_IGNORE_NEW_LINES) as $i => $line) {
    if ($i % 20 === 0) put('value_decode', pack('VV', 0x700, 100) . explode("\t", $line)[0]);
}
put('value_decode', pack('VV', 2, 1 << 16) . gzcompress(str_repeat("\0", 1 << 20)));

// Session save paths: the string literals of session.rs's tests.
$session = file_get_contents("$root/src/session.rs");
preg_match_all('/(?:parse|hosts)\("((?:[^"\\\\]|\\\\.)*)"\)/', $session, $m);
foreach ($m[1] as $s) put('session_save_path', stripcslashes($s));
put('session_save_path', 'tcp://127.0.0.1:11211?persistent=1&weight=2&timeout=1&retry_interval=15, unix:///tmp/m.sock:0');

foreach ($count as $t => $n) echo "$t: $n seeds\n";
