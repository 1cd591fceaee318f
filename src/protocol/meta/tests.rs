//! Codec tables. The replies are those memcached 1.6.18 sent to the requests encoded below (captured
//! with a scripted client), plus hostile variants; the request bytes follow `protocol.txt`.

use super::*;
use crate::protocol::MAX_LINE;

fn status(status: Status, line: &'static [u8]) -> Reply<'static> {
    Reply::Status { status, line }
}

fn tagged(opaque: u32, status: Status, line: &'static [u8]) -> Reply<'static> {
    Reply::Tagged { opaque, status, line }
}

fn value(flags: u32, cas: u64, data: &'static [u8], opaque: u32) -> Reply<'static> {
    Reply::Value { key: b"", flags, cas, data, opaque, won: false }
}

fn lease(flags: u32, cas: u64, data: &'static [u8], win: bool, stale: bool, token_sent: bool) -> Reply<'static> {
    Reply::Lease { flags, cas, data, win, stale, token_sent }
}

/// (expect, input, bytes consumed, reply). Inputs may carry a following reply that must not be consumed.
#[rustfmt::skip]
fn valid_cases() -> Vec<(Expect, &'static [u8], usize, Reply<'static>)> {
    use Expect::*;
    use Status::*;
    vec![
        // Gets.
        (Value, b"VA 3 f5\r\nabc\r\n", 14, value(5, 0, b"abc", u32::MAX)),
        (Value, b"VA 3 f5 c1\r\nabc\r\nEN\r\n", 17, value(5, 1, b"abc", u32::MAX)),
        (Value, b"VA 3 f5 c1 kk O12 s3 t-1\r\nabc\r\n", 31, value(5, 1, b"abc", 12)),
        (Value, b"VA 0 f4294967295\r\n\r\n", 20, value(u32::MAX, 0, b"", u32::MAX)),
        (Value, b"VA 4 f0 O0\r\na\r\nb\r\n", 18, value(0, 0, b"a\r\nb", 0)),
        (Value, b"VA 1 f0 c18446744073709551615\nx\r\n", 33, value(0, u64::MAX, b"x", u32::MAX)),
        (Value, b"VA 1\r\nx\r\n", 9, value(0, 0, b"x", u32::MAX)),
        // A plain mg of a stale item wins its recache: the caller gives the win back (see ops).
        (Value, b"VA 1 f0 X W\r\nx\r\n", 16, Reply::Value { key: b"", flags: 0, cas: 0, data: b"x", opaque: u32::MAX, won: true }),
        (Value, b"EN\r\n", 4, status(NotFound, b"NOT_FOUND")),
        (Value, b"MN\r\nVA 1\r\n", 4, Reply::End),
        (Value, b"SERVER_ERROR out of memory\r\n", 28, status(OutOfMemory, b"SERVER_ERROR out of memory")),
        (Value, b"CLIENT_ERROR bad command line format\r\n", 38, status(ClientError, b"CLIENT_ERROR bad command line format")),
        (Value, b"ERROR\r\n", 7, status(ServerError, b"ERROR")),
        // Lease gets.
        (Lease, b"VA 0 c9 W\r\n\r\n", 13, lease(0, 9, b"", true, false, false)),
        (Lease, b"VA 0 c9 Z\r\n\r\n", 13, lease(0, 9, b"", false, false, true)),
        (Lease, b"VA 2 f1 c7 X W\r\nab\r\n", 20, lease(1, 7, b"ab", true, true, false)),
        (Lease, b"VA 2 f1 c7 Z X\r\nab\r\n", 20, lease(1, 7, b"ab", false, true, true)),
        (Lease, b"VA 1 f0 c10 t100 W\r\nx\r\n", 23, lease(0, 10, b"x", true, false, false)),
        (Lease, b"EN\r\n", 4, status(NotFound, b"NOT_FOUND")),
        // Stores and deletes.
        (Store, b"HD\r\n", 4, status(Success, b"HD")),
        (Store, b"HD\r\nHD\r\n", 4, status(Success, b"HD")),
        (Store, b"HD c5\r\n", 7, status(Success, b"HD")),
        (Store, b"NS\r\n", 4, status(Exists, b"NOT_STORED")),
        (Store, b"EX\r\n", 4, status(Exists, b"EXISTS")),
        (Store, b"NF\r\n", 4, status(NotFound, b"NOT_FOUND")),
        (Store, b"EX O5\r\n", 7, tagged(5, Exists, b"EXISTS")),
        (Store, b"NF O6\r\n", 7, tagged(6, NotFound, b"NOT_FOUND")),
        (Store, b"NS O7\r\n", 7, tagged(7, Exists, b"NOT_STORED")),
        (Store, b"MN\r\n", 4, Reply::End),
        (Store, b"SERVER_ERROR object too large for cache\r\n", 41, status(TooLarge, b"SERVER_ERROR object too large for cache")),
        (Store, b"SERVER_ERROR out of memory storing object\r\n", 43, status(OutOfMemory, b"SERVER_ERROR out of memory storing object")),
        (Store, b"CLIENT_ERROR bad data chunk\r\n", 29, status(ClientError, b"CLIENT_ERROR bad data chunk")),
        (Store, b"ERROR\r\n", 7, status(ServerError, b"ERROR")),
        // An unknown line is a server failure with that line, as in the text protocol.
        (Store, b"STORED\r\n", 8, status(ServerError, b"STORED")),
        (Store, b"HDX\r\n", 5, status(ServerError, b"HDX")),
        (Store, b"ZZ\r\n", 4, status(ServerError, b"ZZ")),
        (Delete, b"HD\r\n", 4, status(Success, b"HD")),
        (Delete, b"NF\r\n", 4, status(NotFound, b"NOT_FOUND")),
        (Delete, b"NF O9\r\n", 7, tagged(9, NotFound, b"NOT_FOUND")),
        (Delete, b"EX\r\n", 4, status(Exists, b"EXISTS")),
        (Delete, b"MN\r\n", 4, Reply::End),
        // Counters.
        (Counter, b"VA 1\r\n6\r\n", 9, Reply::Number(6)),
        (Counter, b"VA 20\r\n18446744073709551615\r\n", 29, Reply::Number(u64::MAX)),
        (Counter, b"NF\r\n", 4, status(NotFound, b"NOT_FOUND")),
        (Counter, b"NF O3\r\n", 7, status(NotFound, b"NOT_FOUND")),
        (Counter, b"HD\r\n", 4, status(Success, b"HD")),
        (Counter, b"CLIENT_ERROR cannot increment or decrement non-numeric value\r\n", 62, status(ClientError, b"CLIENT_ERROR cannot increment or decrement non-numeric value")),
        // The classic commands.
        (Flush, b"OK\r\n", 4, status(Success, b"OK")),
        (Version, b"VERSION 1.6.18\r\n", 16, Reply::Version(b"1.6.18")),
        (Stats, b"STAT pid 1\r\n", 12, Reply::Stat(b"STAT pid 1")),
        (Stats, b"END\r\n", 5, Reply::End),
    ]
}

#[test]
fn decodes_valid_replies() {
    for (expect, input, consumed, reply) in valid_cases() {
        assert_eq!(decode(input, expect), Ok(Some((consumed, reply))), "{expect:?} {:?}", String::from_utf8_lossy(input));
    }
}

#[test]
fn every_strict_prefix_is_incomplete() {
    for (expect, input, consumed, _) in valid_cases() {
        for i in 0..consumed {
            assert_eq!(decode(&input[..i], expect), Ok(None), "{expect:?} {:?}", String::from_utf8_lossy(&input[..i]));
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
        (Delete, b"\n", Malformed),
        (Store, b"HD Ox\r\n", Malformed),
        (Store, b"NS O99999999999\r\n", Malformed),
        (Value, b"\r\n", MalformedValueHeader),
        (Value, b"HD\r\n", MalformedValueHeader),
        (Value, b"VALUE k 0 1\r\nx\r\n", MalformedValueHeader),
        (Value, b"END\r\n", MalformedValueHeader),
        (Value, b"VA\r\n", MalformedValueHeader),
        (Value, b"VA x\r\nabc\r\n", MalformedValueHeader),
        (Value, b"VA -1\r\n", MalformedValueHeader),
        (Value, b"VA 3 fx\r\nabc\r\n", MalformedValueHeader),
        (Value, b"VA 3 f4294967296\r\nabc\r\n", MalformedValueHeader),
        (Value, b"VA 3 c18446744073709551616\r\nabc\r\n", MalformedValueHeader),
        (Value, b"VA 3 O\r\nabc\r\n", MalformedValueHeader),
        (Value, b"VA 1073741825\r\n", MalformedValueHeader),
        (Value, b"VA 99999999999999999999999\r\n", MalformedValueHeader),
        (Value, b"VAX 1\r\nx\r\n", MalformedValueHeader),
        (Lease, b"NF\r\n", MalformedValueHeader),
        (Counter, b"VA 1\r\nx\r\n", MalformedValueHeader),
        (Counter, b"VA 0\r\n\r\n", MalformedValueHeader),
        (Counter, b"5\r\n", MalformedValueHeader),
        (Counter, b"MN\r\n", MalformedValueHeader),
        // The data block must end with CRLF, or the stream is out of step.
        (Value, b"VA 3 f0\r\nabcXYEN\r\n", Malformed),
        (Lease, b"VA 1 W\r\nab\r\n", Malformed),
    ];
    for (expect, input, err) in cases {
        assert_eq!(decode(input, *expect), Err(*err), "{expect:?} {:?}", String::from_utf8_lossy(input));
    }
}

#[test]
fn a_value_claiming_a_gigabyte_waits_without_allocating() {
    let header = b"VA 1073741824 f0\r\nabc";
    assert_eq!(decode(header, Expect::Value), Ok(None));
    assert_eq!(needed(header), Some(18 + (1 << 30) + 2));
    assert_eq!(needed(b"VA 3 f0\r\n"), Some(9 + 5));
    assert_eq!(needed(b"VA 3"), None);
    assert_eq!(needed(b"HD\r\n"), None);
}

#[test]
fn lines_have_a_maximum_length() {
    let mut long = b"VA 1 ".to_vec();
    long.resize(MAX_LINE, b'f');
    assert_eq!(decode(&long, Expect::Value), Err(ProtocolError::LineTooLong));
    assert_eq!(decode(&long[..MAX_LINE - 1], Expect::Value), Ok(None));
}

#[test]
fn a_quiet_multi_get_reply_decodes_item_by_item() {
    let buf: &[u8] = b"VA 1 f0 O0\r\na\r\nVA 2 f3 c9 O2\r\nbc\r\nMN\r\n";
    let mut pos = 0;
    let mut got = Vec::new();
    while let Ok(Some((n, reply))) = decode(&buf[pos..], Expect::Value) {
        got.push(format!("{reply:?}"));
        pos += n;
        if reply == Reply::End {
            break;
        }
    }
    assert_eq!(pos, buf.len());
    assert_eq!(got, [
        format!("{:?}", value(0, 0, b"a", 0)),
        format!("{:?}", value(3, 9, b"bc", 2)),
        format!("{:?}", Reply::End),
    ]);
}

fn encoded(f: impl FnOnce(&mut Vec<u8>)) -> Vec<u8> {
    let mut out = Vec::new();
    f(&mut out);
    out
}

#[test]
#[rustfmt::skip]
fn encodes_requests() {
    use StoreCommand::*;
    assert_eq!(encoded(|o| encode_get(b"k", false, None, o)), b"mg k v f\r\n");
    assert_eq!(encoded(|o| encode_get(b"k", true, None, o)), b"mg k v f c\r\n");
    assert_eq!(encoded(|o| encode_get(b"k", false, Some(7), o)), b"mg k v f q O7\r\n");
    assert_eq!(encoded(|o| encode_multi_get(&[b"a", b"bb", b"a"], true, o)), b"mg a v f c q O0\r\nmg bb v f c q O1\r\nmg a v f c q O2\r\nmn\r\n");
    assert!(encoded(|o| encode_multi_get(&[], false, o)).is_empty());
    assert_eq!(encoded(|o| encode_store(Set, b"k", 5, 0, b"abc", 9, None, o)), b"ms k 3 F5 T0\r\nabc\r\n");
    assert_eq!(encoded(|o| encode_store(Add, b"k", 0, 60, b"", 0, None, o)), b"ms k 0 F0 T60 ME\r\n\r\n");
    assert_eq!(encoded(|o| encode_store(Replace, b"k", 4294967295, 4294967295, b"x", 0, None, o)), b"ms k 1 F4294967295 T4294967295 MR\r\nx\r\n");
    assert_eq!(encoded(|o| encode_store(Append, b"k", 1, 2, b"x", 0, None, o)), b"ms k 1 F1 T2 MA\r\nx\r\n");
    assert_eq!(encoded(|o| encode_store(Prepend, b"k", 1, 2, b"x", 0, Some(3), o)), b"ms k 1 F1 T2 MP q O3\r\nx\r\n");
    assert_eq!(encoded(|o| encode_store(Cas, b"k", 1, 2, b"x", 0, None, o)), b"ms k 1 F1 T2 C0\r\nx\r\n");
    assert_eq!(encoded(|o| encode_store(Cas, b"k", 1, 2, b"x\r\n", u64::MAX, Some(0), o)), b"ms k 3 F1 T2 C18446744073709551615 q O0\r\nx\r\n\r\n");
    assert_eq!(encoded(|o| encode_delete(b"k", None, o)), b"md k\r\n");
    assert_eq!(encoded(|o| encode_delete(b"k", Some(12), o)), b"md k q O12\r\n");
    assert_eq!(encoded(|o| encode_invalidate(b"k", None, None, o)), b"md k I\r\n");
    assert_eq!(encoded(|o| encode_invalidate(b"k", Some(8), Some(1), o)), b"md k I C8 q O1\r\n");
    assert_eq!(encoded(|o| encode_delete_cas(b"k", 8, o)), b"md k C8\r\n");
    assert_eq!(encoded(|o| encode_counter(true, b"k", 5, o)), b"ma k v D5\r\n");
    assert_eq!(encoded(|o| encode_counter(false, b"k", u64::MAX, o)), b"ma k v D18446744073709551615 MD\r\n");
    assert_eq!(encoded(|o| encode_lease_get(b"k", 15, None, o)), b"mg k v f c N15\r\n");
    assert_eq!(encoded(|o| encode_lease_get(b"k", 0, Some(30), o)), b"mg k v f c N1 R30\r\n");
    assert_eq!(encoded(encode_noop), b"mn\r\n");
}

#[test]
fn the_protocol_seam_uses_the_classic_commands_for_stats_flush_and_version() {
    use super::super::Protocol;
    assert_eq!(encoded(|o| Protocol::Meta.encode_flush(0, o)), b"flush_all\r\n");
    assert_eq!(encoded(|o| Protocol::Meta.encode_version(o)), b"version\r\n");
    assert_eq!(encoded(|o| Protocol::Meta.encode_stats(None, 0, 0, o)), b"stats\r\n");
    assert_eq!(encoded(|o| Protocol::Meta.encode_get(&[b"k"], true, false, o)), b"mg k v f\r\n");
    assert_eq!(encoded(|o| Protocol::Meta.encode_get(&[b"k"], false, false, o)), b"mg k v f q O0\r\nmn\r\n");
    assert_eq!(encoded(|o| Protocol::Meta.encode_counter(true, b"k", 1, Some((5, 10)), o)), b"ma k v D1\r\n");
    assert_eq!(Protocol::Meta.counter_value(u64::MAX), i64::MAX);
    assert!(Protocol::Meta.get_is_one_response(true) && !Protocol::Meta.get_is_one_response(false));
}

#[test]
fn decoding_arbitrary_bytes_never_panics() {
    let expects = [
        Expect::Value, Expect::Store, Expect::Delete, Expect::Counter, Expect::Flush, Expect::Version, Expect::Stats, Expect::Lease,
    ];
    let mut state: u32 = 12345;
    let alphabet = b"VA HD NS EX NF EN MN fcOWXZ 0123456789\r\n-+ x";
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
