//! Codec tables. Request bytes were captured from the C extension talking to a scripted server; the
//! reply classes follow what the C extension did with each scripted reply (see the module docs).

use super::*;

fn status(status: Status, line: &'static [u8]) -> Reply<'static> {
    Reply::Status { status, line }
}

/// (expect, input, bytes consumed, reply). Inputs may carry a following reply that must not be consumed.
#[rustfmt::skip]
fn valid_cases() -> Vec<(Expect, &'static [u8], usize, Reply<'static>)> {
    use Expect::*;
    use Status::*;
    vec![
        // Storage replies (§7.3).
        (Store, b"STORED\r\n", 8, status(Success, b"STORED")),
        (Store, b"STORED\r\nSTORED\r\n", 8, status(Success, b"STORED")),
        (Store, b"STOREDX\r\n", 9, status(Success, b"STOREDX")),
        (Store, b"STORED\n", 7, status(Success, b"STORED")),
        (Store, b"NOT_STORED\r\n", 12, status(Exists, b"NOT_STORED")),
        (Store, b"EXISTS\r\n", 8, status(Exists, b"EXISTS")),
        (Store, b"NOT_FOUND\r\n", 11, status(NotFound, b"NOT_FOUND")),
        (Store, b"SERVER_ERROR out of memory storing object\r\n", 43, status(OutOfMemory, b"SERVER_ERROR out of memory storing object")),
        (Store, b"SERVER_ERROR object too large for cache\r\n", 41, status(TooLarge, b"SERVER_ERROR object too large for cache")),
        (Store, b"SERVER_ERROR OUT OF MEMORY\r\n", 28, status(ServerError, b"SERVER_ERROR OUT OF MEMORY")),
        (Store, b"SERVER_ERROR\r\n", 14, status(ServerError, b"SERVER_ERROR")),
        (Store, b"CLIENT_ERROR bad data chunk\r\n", 29, status(ClientError, b"CLIENT_ERROR bad data chunk")),
        (Store, b"ERROR\r\n", 7, status(ServerError, b"ERROR")),
        (Store, b"ERRORX\r\n", 8, status(ServerError, b"ERRORX")),
        (Store, b"OKAY\r\n", 6, status(Success, b"OKAY")),
        (Store, b"FOO\r\n", 5, status(ServerError, b"FOO")),
        (Store, b"5\r\n", 3, status(ServerError, b"5")),
        (Store, b"END\r\n", 5, status(ServerError, b"END")),
        (Delete, b"DELETED\r\n", 9, status(Success, b"DELETED")),
        (Delete, b"NOT_FOUND\r\n", 11, status(NotFound, b"NOT_FOUND")),
        (Delete, b"EXISTS\r\n", 8, status(Exists, b"EXISTS")),
        (Delete, b"CLIENT_ERROR x\r\n", 16, status(ClientError, b"CLIENT_ERROR x")),
        (Flush, b"OK\r\n", 4, status(Success, b"OK")),
        (Flush, b"ERROR\r\n", 7, status(ServerError, b"ERROR")),
        // Counters.
        (Counter, b"5\r\n", 3, Reply::Number(5)),
        (Counter, b"0\r\n", 3, Reply::Number(0)),
        (Counter, b"18446744073709551615\r\n", 22, Reply::Number(u64::MAX)),
        (Counter, b"99999999999999999999\r\n", 22, Reply::Number(u64::MAX)),
        (Counter, b"12abc\r\n", 7, Reply::Number(12)),
        (Counter, b" 7\r\n", 4, Reply::Number(7)),
        (Counter, b"+7\r\n", 4, Reply::Number(7)),
        (Counter, b"-0\r\n", 4, Reply::Number(0)),
        (Counter, b"NOT_FOUND\r\n", 11, status(NotFound, b"NOT_FOUND")),
        (Counter, b"CLIENT_ERROR cannot increment or decrement non-numeric value\r\n", 62, status( ClientError, b"CLIENT_ERROR cannot increment or decrement non-numeric value"),
        ),
        (Counter, b"SERVER_ERROR x\r\n", 16, status(ServerError, b"SERVER_ERROR x")),
        (Counter, b"STORED\r\n", 8, status(Success, b"STORED")),
        // Gets.
        (Value, b"END\r\n", 5, Reply::End),
        (Value, b"ENDX\r\n", 6, Reply::End),
        (Value, b"VALUE k 5 3\r\nabc\r\nEND\r\n", 18, Reply::Value { key: b"k", flags: 5, cas: 0, data: b"abc", opaque: 0, won: false }),
        (Value, b"VALUE k 0 3 77\r\nabc\r\n", 21, Reply::Value { key: b"k", flags: 0, cas: 77, data: b"abc", opaque: 0, won: false }),
        (Value, b"VALUE k 0 3 18446744073709551615\r\nabc\r\n", 39, Reply::Value { key: b"k", flags: 0, cas: u64::MAX, data: b"abc", opaque: 0, won: false }),
        (Value, b"VALUE  k  0  3 \r\nabc\r\n", 22, Reply::Value { key: b"k", flags: 0, cas: 0, data: b"abc", opaque: 0, won: false }),
        (Value, b"VALUE k 4294967295 0\r\n\r\nEND\r\n", 24, Reply::Value { key: b"k", flags: u32::MAX, cas: 0, data: b"", opaque: 0, won: false }),
        (Value, b"VALUE k 0 4\r\na\r\nb\r\n", 19, Reply::Value { key: b"k", flags: 0, cas: 0, data: b"a\r\nb", opaque: 0, won: false }),
        (Value, b"VALUE k 0 3\nabc\r\n", 17, Reply::Value { key: b"k", flags: 0, cas: 0, data: b"abc", opaque: 0, won: false }),
        (Value, b"VALUE \xc3\xa9! 0 1\r\nx\r\n", 18, Reply::Value { key: b"\xc3\xa9!", flags: 0, cas: 0, data: b"x", opaque: 0, won: false }),
        (Value, b"SERVER_ERROR x\r\n", 16, status(ServerError, b"SERVER_ERROR x")),
        (Value, b"CLIENT_ERROR x\r\n", 16, status(ClientError, b"CLIENT_ERROR x")),
        (Value, b"ERROR\r\n", 7, status(ServerError, b"ERROR")),
        // Version.
        (Version, b"VERSION 1.6.18\r\n", 16, Reply::Version(b"1.6.18")),
        (Version, b"VERSION  a b\r\n", 14, Reply::Version(b"a")),
        (Version, b"VERSIONX\r\n", 10, Reply::Version(b"X")),
        (Version, b"VERSION\r\n", 9, Reply::Version(b"VERSION")),
        (Version, b"VERSION \r\n", 10, Reply::Version(b"VERSION ")),
        (Version, b"FOO\r\n", 5, Reply::Version(b"FOO")),
        (Version, b"\r\n", 2, Reply::Version(b"")),
        (Version, b"ERROR\r\n", 7, status(ServerError, b"ERROR")),
        (Version, b"SERVER_ERROR x\r\n", 16, status(ServerError, b"SERVER_ERROR x")),
        (Version, b"CLIENT_ERROR x\r\n", 16, status(ClientError, b"CLIENT_ERROR x")),
        // Stats.
        (Stats, b"STAT pid 1234\r\nEND\r\n", 15, Reply::Stat(b"STAT pid 1234")),
        (Stats, b"ITEM k [1 b; 0 s]\r\n", 19, Reply::Stat(b"ITEM k [1 b; 0 s]")),
        (Stats, b"other line\r\n", 12, Reply::Stat(b"other line")),
        (Stats, b"STORED\r\n", 8, Reply::Stat(b"STORED")),
        (Stats, b"\r\n", 2, Reply::Stat(b"")),
        (Stats, b"END\r\n", 5, Reply::End),
        (Stats, b"RESET\r\n", 7, Reply::Reset),
        (Stats, b"ERROR\r\n", 7, status(ServerError, b"ERROR")),
        (Stats, b"SERVER_ERROR x\r\n", 16, status(ServerError, b"SERVER_ERROR x")),
        (Stats, b"CLIENT_ERROR bad command line format\r\n", 38, status(ClientError, b"CLIENT_ERROR bad command line format")),
    ]
}

#[test]
fn decodes_valid_replies() {
    for (expect, input, consumed, reply) in valid_cases() {
        let got = decode(input, expect);
        assert_eq!(
            got,
            Ok(Some((consumed, reply))),
            "{expect:?} {:?}",
            String::from_utf8_lossy(input)
        );
    }
}

#[test]
fn every_strict_prefix_is_incomplete() {
    for (expect, input, consumed, _) in valid_cases() {
        for i in 0..consumed {
            assert_eq!(
                decode(&input[..i], expect),
                Ok(None),
                "{expect:?} {:?}",
                String::from_utf8_lossy(&input[..i])
            );
        }
    }
}

#[test]
fn rejects_malformed_replies() {
    use Expect::*;
    use ProtocolError::*;
    #[rustfmt::skip]
    let cases: &[(Expect, &[u8], ProtocolError)] = &[
        (Store, b"\r\n", Malformed),
        (Store, b"\n", Malformed),
        (Delete, b"\r\n", Malformed),
        (Flush, b"\r\n", Malformed),
        (Counter, b"abc\r\n", MalformedValueHeader),
        (Counter, b"NOTFOUND\r\n", MalformedValueHeader),
        (Counter, b"END\r\n", MalformedValueHeader),
        (Counter, b"\r\n", MalformedValueHeader),
        (Counter, b"-5\r\n", MalformedValueHeader),
        (Counter, b"+\r\n", MalformedValueHeader),
        (Value, b"FOO\r\n", MalformedValueHeader),
        (Value, b"\r\n", MalformedValueHeader),
        (Value, b"STORED\r\n", MalformedValueHeader),
        (Value, b"NOT_FOUND\r\n", MalformedValueHeader),
        (Value, b"VALUE k 5\r\nabc\r\n", MalformedValueHeader),
        (Value, b"VALUE k x 3\r\nabc\r\n", MalformedValueHeader),
        (Value, b"VALUE k 5x 3\r\nabc\r\n", MalformedValueHeader),
        (Value, b"VALUE k -1 3\r\nabc\r\n", MalformedValueHeader),
        (Value, b"VALUE k 4294967296 3\r\nabc\r\n", MalformedValueHeader),
        (Value, b"VALUE k 0 -1\r\nabc\r\n", MalformedValueHeader),
        (Value, b"VALUE k 0 3x\r\nabc\r\n", MalformedValueHeader),
        (Value, b"VALUE k 0 3 9x\r\nabc\r\n", MalformedValueHeader),
        (Value, b"VALUE k 0 3 77 88\r\nabc\r\n", MalformedValueHeader),
        (Value, b"VALUE k 0 3 18446744073709551616\r\nabc\r\n", MalformedValueHeader),
        (Value, b"VALUE k 0 1073741825\r\n", MalformedValueHeader),
        (Value, b"VALUE k 0 99999999999999999999999\r\n", MalformedValueHeader),
        (Value, b"VALUE\r\n", MalformedValueHeader),
        (Value, b"VALUE \r\n", MalformedValueHeader),
        (Value, b"VALUEk 0 3\r\nabc\r\n", MalformedValueHeader),
        // The data block must end with CRLF, or the stream is out of step.
        (Value, b"VALUE k 0 3\r\nabcXYEND\r\n", Malformed),
        (Value, b"VALUE k 0 3\r\nabc\nEND\r\n", Malformed),
    ];
    for (expect, input, err) in cases {
        assert_eq!(
            decode(input, *expect),
            Err(*err),
            "{expect:?} {:?}",
            String::from_utf8_lossy(input)
        );
    }
}

#[test]
fn a_value_claiming_a_gigabyte_waits_without_allocating() {
    let header = b"VALUE k 0 1073741824\r\n";
    assert_eq!(decode(header, Expect::Value), Ok(None));
}

#[test]
fn lines_have_a_maximum_length() {
    let expects = [
        Expect::Value,
        Expect::Store,
        Expect::Delete,
        Expect::Counter,
        Expect::Flush,
        Expect::Version,
        Expect::Stats,
    ];
    let long = vec![b'S'; MAX_LINE];
    for expect in expects {
        assert_eq!(
            decode(&long, expect),
            Err(ProtocolError::LineTooLong),
            "{expect:?}"
        );
        assert_eq!(
            decode(&long[..MAX_LINE - 1], expect),
            Ok(None),
            "{expect:?}"
        );
    }
    // The longest accepted line, terminator included, is MAX_LINE bytes, wherever the reads split.
    let mut line = vec![b'x'; MAX_LINE - 2];
    line.extend_from_slice(b"\r\n");
    assert_eq!(
        decode(&line, Expect::Stats),
        Ok(Some((MAX_LINE, Reply::Stat(&line[..MAX_LINE - 2]))))
    );
    line.insert(0, b'x');
    assert_eq!(
        decode(&line, Expect::Stats),
        Err(ProtocolError::LineTooLong)
    );
}

#[test]
fn a_multi_get_reply_decodes_item_by_item() {
    let buf = b"VALUE a 0 1\r\nx\r\nVALUE b 768 2 9\r\n42\r\nEND\r\n";
    let mut pos = 0;
    let mut replies = Vec::new();
    while let Ok(Some((n, reply))) = decode(&buf[pos..], Expect::Value) {
        pos += n;
        let end = reply == Reply::End;
        replies.push(reply);
        if end {
            break;
        }
    }
    assert_eq!(pos, buf.len());
    assert_eq!(
        replies,
        vec![
            Reply::Value {
                key: b"a",
                flags: 0,
                cas: 0,
                data: b"x",
                opaque: 0,
                won: false
            },
            Reply::Value {
                key: b"b",
                flags: 768,
                cas: 9,
                data: b"42",
                opaque: 0,
                won: false
            },
            Reply::End,
        ]
    );
}

#[test]
fn status_codes_match_the_reference_notices() {
    let codes = [
        (Status::Success, 0),
        (Status::NotFound, 1),
        (Status::Exists, 2),
        (Status::TooLarge, 3),
        (Status::ClientError, 6),
        (Status::OutOfMemory, 130),
        (Status::ServerError, 0),
    ];
    for (status, code) in codes {
        assert_eq!(status.code(), code, "{status:?}");
    }
    assert_eq!(crate::protocol::counter_value(u64::MAX), i64::MAX);
    assert_eq!(crate::protocol::counter_value(42), 42);
}

#[test]
fn error_messages_are_the_reference_notices() {
    assert_eq!(
        ProtocolError::Malformed.to_string(),
        "Malformed server response"
    );
    assert_eq!(
        ProtocolError::MalformedValueHeader.to_string(),
        "Malformed VALUE header"
    );
}

fn encoded(f: impl FnOnce(&mut Vec<u8>)) -> Vec<u8> {
    let mut out = Vec::new();
    f(&mut out);
    out
}

#[test]
fn encodes_requests_like_the_reference() {
    #[rustfmt::skip]
    let cases: Vec<(Vec<u8>, &[u8])> = vec![
        (encoded(|o| encode_get(&[b"k"], false, o)), b"get k\r\n"),
        (encoded(|o| encode_get(&[b"a", b"b"], false, o)), b"get a b\r\n"),
        (encoded(|o| encode_get(&[b"a", b"b"], true, o)), b"gets a b\r\n"),
        (encoded(|o| encode_get(&[], false, o)), b""),
        (encoded(|o| encode_store(StoreCommand::Set, b"k", 0x10000, u32::MAX, b"v", 0, o)), b"set k 65536 4294967295 1\r\nv\r\n"),
        (encoded(|o| encode_store(StoreCommand::Set, b"k", 0, 5, b"v", 99, o)), b"set k 0 5 1\r\nv\r\n"),
        (encoded(|o| encode_store(StoreCommand::Cas, b"k", 0, 5, b"v", u64::MAX, o)), b"cas k 0 5 1 18446744073709551615\r\nv\r\n"),
        (encoded(|o| encode_store(StoreCommand::Cas, b"k", 0, 5, b"v", 0, o)), b"cas k 0 5 1 0\r\nv\r\n"),
        (encoded(|o| encode_store(StoreCommand::Add, b"k", 768, 0, b"1", 0, o)), b"add k 768 0 1\r\n1\r\n"),
        (encoded(|o| encode_store(StoreCommand::Replace, b"k", 0, 0, b"", 0, o)), b"replace k 0 0 0\r\n\r\n"),
        (encoded(|o| encode_store(StoreCommand::Append, b"k", 0, 0, b"a\r\nb", 0, o)), b"append k 0 0 4\r\na\r\nb\r\n"),
        (encoded(|o| encode_store(StoreCommand::Prepend, b"k", 0, 0, b"x", 0, o)), b"prepend k 0 0 1\r\nx\r\n"),
        (encoded(|o| encode_delete(b"k", o)), b"delete k\r\n"),
        (encoded(|o| encode_counter(true, b"k", 0, o)), b"incr k 0\r\n"),
        (encoded(|o| encode_counter(false, b"k", 3, o)), b"decr k 3\r\n"),
        (encoded(|o| encode_counter(false, b"k", 1 << 63, o)), b"decr k 9223372036854775808\r\n"),
        (encoded(|o| encode_counter(true, b"k", u64::MAX, o)), b"incr k 18446744073709551615\r\n"),
        (encoded(|o| encode_flush(0, o)), b"flush_all\r\n"),
        (encoded(|o| encode_flush(7, o)), b"flush_all 7\r\n"),
        (encoded(|o| encode_flush(-5, o)), b"flush_all 4294967291\r\n"),
        (encoded(|o| encode_flush(1 << 32, o)), b"flush_all\r\n"),
        (encoded(|o| encode_flush((1 << 32) + 1, o)), b"flush_all 1\r\n"),
        (encoded(|o| encode_flush(i64::MAX, o)), b"flush_all 4294967295\r\n"),
        (encoded(|o| encode_flush(-(1 << 32), o)), b"flush_all\r\n"),
        (encoded(encode_version), b"version\r\n"),
        (encoded(|o| encode_stats(None, 0, 100, o)), b"stats\r\n"),
        (encoded(|o| encode_stats(None, 5, 100, o)), b"stats\r\n"),
        (encoded(|o| encode_stats(Some(b"items"), 0, 7, o)), b"stats items\r\n"),
        (encoded(|o| encode_stats(Some(b"reset"), 0, 100, o)), b"stats reset\r\n"),
        (encoded(|o| encode_stats(Some(b"cachedump"), 3, 100, o)), b"stats cachedump 3 100\r\n"),
        (encoded(|o| encode_stats(Some(b"cachedump"), -1, -5, o)), b"stats cachedump -1 -5\r\n"),
        (encoded(|o| encode_stats(Some(b"cachedump"), i64::MIN, i64::MAX, o)), b"stats cachedump -9223372036854775808 9223372036854775807\r\n"),
    ];
    for (got, want) in cases {
        assert_eq!(String::from_utf8_lossy(&got), String::from_utf8_lossy(want));
    }
}

#[test]
fn encoders_append_to_the_buffer() {
    let mut out = b"get a\r\n".to_vec();
    encode_delete(b"b", &mut out);
    assert_eq!(out, b"get a\r\ndelete b\r\n");
}

#[test]
fn decoding_arbitrary_bytes_never_panics() {
    let expects = [
        Expect::Value,
        Expect::Store,
        Expect::Delete,
        Expect::Counter,
        Expect::Flush,
        Expect::Version,
        Expect::Stats,
    ];
    let mut state: u32 = 12345;
    let alphabet = b"VALUE END STAT 0123456789\r\n-+ x";
    for _ in 0..20000 {
        let len = (state % 40) as usize;
        let buf: Vec<u8> = (0..len)
            .map(|_| {
                state = state.wrapping_mul(1_103_515_245).wrapping_add(12345);
                alphabet[(state >> 16) as usize % alphabet.len()]
            })
            .collect();
        for expect in expects {
            if let Ok(Some((n, _))) = decode(&buf, expect) {
                assert!(n > 0 && n <= buf.len());
            }
        }
    }
}

#[test]
fn request_lengths_of_our_requests() {
    let mut out = Vec::new();
    encode_store(StoreCommand::Set, b"k", 5, 0, b"hello", 0, &mut out);
    let set = out.len();
    encode_store(StoreCommand::Cas, b"kk", 0, 10, &[b'x'; 20000], 77, &mut out);
    let cas = out.len() - set;
    encode_get(&[b"a".as_slice(), b"b"], false, &mut out);
    let get = out.len() - set - cas;
    let request_len = crate::protocol::text_request_len;
    assert_eq!(request_len(&out), Some((set, true)));
    assert_eq!(request_len(&out[set..]), Some((cas, true)));
    assert_eq!(request_len(&out[set + cas..]), Some((get, false)));
    assert_eq!(request_len(b"delete k\r\nget k\r\n"), Some((10, false)));
    assert_eq!(request_len(b"set k 0 0"), None);
    // meta: `ms <key> <datalen> <flags>*`, then the data
    assert_eq!(request_len(b"ms k 5 F0 T0\r\nhello\r\nmn\r\n"), Some((21, true)));
    assert_eq!(request_len(b"mg k v\r\nmn\r\n"), Some((8, false)));
    // TLS records end after each request with a value; others share them.
    let p = crate::protocol::Protocol::Ascii;
    let mut pipe = b"delete a\r\nincr b 1\r\n".to_vec();
    pipe.extend_from_slice(&out);
    assert_eq!(p.tls_record_end(&pipe), 20 + set);
    assert_eq!(p.tls_record_end(&pipe[20 + set..]), cas);
    assert_eq!(p.tls_record_end(&pipe[20 + set + cas..]), get);
    assert_eq!(p.tls_record_end(b"garbage"), 7);
}
