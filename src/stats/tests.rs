//! Stats vectors: each `testdata/<name>.raw` is a reply recorded from memcached 1.6.18 (or, for
//! `quirks`, written by hand), and `<name>.php` is what the C extension's getStats() returned for those
//! exact bytes (replayed by a scripted server), printed with PHP's var_export().

use super::*;
use crate::protocol::{ascii, Expect, Reply};

/// Feeds a whole stats reply through the ASCII decoder, as the pool does.
fn table_from_reply(mut buf: &[u8]) -> StatsTable {
    let mut table = StatsTable::default();
    while let Ok(Some((n, reply))) = ascii::decode(buf, Expect::Stats) {
        match reply {
            Reply::Stat(line) => table.push_line(line),
            Reply::End => break,
            other => panic!("unexpected {other:?}"),
        }
        buf = &buf[n..];
    }
    table
}

/// PHP's var_export() of the array the table stands for.
fn var_export(table: &StatsTable) -> String {
    let mut out = String::from("array (\n");
    export_entries(table, 1, &mut out);
    out.push(')');
    out
}

fn export_entries(table: &StatsTable, depth: usize, out: &mut String) {
    let indent = "  ".repeat(depth);
    for (key, value) in &table.entries {
        let key = match key {
            StatsKey::Index(i) => i.to_string(),
            StatsKey::Name(name) => quote(name),
        };
        match value {
            StatsValue::Str(s) => out.push_str(&format!("{indent}{key} => {},\n", quote(s))),
            StatsValue::Table(t) => {
                out.push_str(&format!("{indent}{key} => \n{indent}array (\n"));
                export_entries(t, depth + 1, out);
                out.push_str(&format!("{indent}),\n"));
            }
        }
    }
}

fn quote(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes)
        .replace('\\', "\\\\")
        .replace('\'', "\\'");
    format!("'{text}'")
}

fn check(raw: &str, php: &str) {
    assert_eq!(
        var_export(&table_from_reply(raw.as_bytes())),
        php.trim_end()
    );
}

#[test]
fn general_stats() {
    check(
        include_str!("testdata/general.raw"),
        include_str!("testdata/general.php"),
    );
}

#[test]
fn items_nest_by_slab_number() {
    check(
        include_str!("testdata/items.raw"),
        include_str!("testdata/items.php"),
    );
}

#[test]
fn slabs_mix_integer_and_name_keys() {
    check(
        include_str!("testdata/slabs.raw"),
        include_str!("testdata/slabs.php"),
    );
}

#[test]
fn cachedump_items_become_lists() {
    check(
        include_str!("testdata/cachedump.raw"),
        include_str!("testdata/cachedump.php"),
    );
}

#[test]
fn sizes() {
    check(
        include_str!("testdata/sizes.raw"),
        include_str!("testdata/sizes.php"),
    );
}

#[test]
fn reference_quirks() {
    check(
        include_str!("testdata/quirks.raw"),
        include_str!("testdata/quirks.php"),
    );
}

#[test]
fn an_empty_reply_is_empty() {
    assert!(table_from_reply(b"END\r\n").is_empty());
    let mut table = StatsTable::default();
    table.push_line(b"");
    assert!(table.is_empty(), "empty lines are skipped");
}

#[test]
fn generic_lines_follow_the_spec() {
    // The C extension 8.0 appends a NUL byte to both sides of such pairs (a bug); spec §4.12 says
    // `a b` becomes ['a' => 'b'], which is what this does.
    let table =
        table_from_reply(b"other line\r\nnospace\r\nanother\r\n5 6\r\nfive six seven\r\nEND\r\n");
    assert_eq!(
        var_export(&table),
        "array (\n  'other' => 'line',\n  0 => 'nospace',\n  1 => 'another',\n  5 => '6',\n  'five' => 'six seven',\n)"
    );
}

#[test]
fn lines_without_space_are_skipped_for_stat_and_item() {
    let table = table_from_reply(b"STAT x\r\nITEM j\r\nSTAT y 1\r\nEND\r\n");
    assert_eq!(var_export(&table), "array (\n  'y' => '1',\n)");
}

#[test]
fn next_index_follows_php_8_2() {
    let mut table = StatsTable::default();
    table.push_line(b"STAT -5 a");
    table.push_line(b"x");
    table.push_line(b"STAT 9223372036854775807 b");
    table.push_line(b"y");
    assert_eq!(
        table.entries,
        vec![
            (StatsKey::Index(-5), StatsValue::Str(b"a".to_vec())),
            (StatsKey::Index(0), StatsValue::Str(b"x".to_vec())),
            (StatsKey::Index(i64::MAX), StatsValue::Str(b"b".to_vec())),
        ],
        "no room after i64::MAX: the element is dropped, as PHP does"
    );
}

#[test]
fn keys_follow_the_symtable_rule() {
    let cases: &[(&[u8], StatsKey)] = &[
        (b"0", StatsKey::Index(0)),
        (b"5", StatsKey::Index(5)),
        (b"-5", StatsKey::Index(-5)),
        (b"9223372036854775807", StatsKey::Index(i64::MAX)),
        (b"-9223372036854775808", StatsKey::Index(i64::MIN)),
        (
            b"9223372036854775808",
            StatsKey::Name(b"9223372036854775808".to_vec()),
        ),
        (
            b"-9223372036854775809",
            StatsKey::Name(b"-9223372036854775809".to_vec()),
        ),
        (b"05", StatsKey::Index(5)),
        (b"-0", StatsKey::Name(b"-0".to_vec())),
        (b"+1", StatsKey::Name(b"+1".to_vec())),
        (b" 1", StatsKey::Name(b" 1".to_vec())),
        (b"1 ", StatsKey::Name(b"1 ".to_vec())),
        (b"", StatsKey::Name(b"".to_vec())),
        (b"-", StatsKey::Name(b"-".to_vec())),
        (b"1a", StatsKey::Name(b"1a".to_vec())),
    ];
    for (bytes, want) in cases {
        assert_eq!(
            &StatsKey::from_bytes(bytes),
            want,
            "{:?}",
            String::from_utf8_lossy(bytes)
        );
    }
}

#[test]
fn deep_names_do_not_recurse() {
    let mut line = b"STAT ".to_vec();
    line.extend_from_slice(&b"a:".repeat(4000));
    line.extend_from_slice(b"z 1");
    let mut table = StatsTable::default();
    table.push_line(&line);
    let mut depth = 0;
    let mut t = &table;
    while let Some((_, StatsValue::Table(inner))) = t.entries.first() {
        t = inner;
        depth += 1;
    }
    assert_eq!(depth, 4000);
}

#[test]
fn arbitrary_lines_never_panic() {
    let mut state: u32 = 99;
    let alphabet = b"STAT ITEM [;]: 0123-";
    let mut table = StatsTable::default();
    for _ in 0..20000 {
        let len = (state % 24) as usize;
        let line: Vec<u8> = (0..len)
            .map(|_| {
                state = state.wrapping_mul(1_103_515_245).wrapping_add(12345);
                alphabet[(state >> 16) as usize % alphabet.len()]
            })
            .collect();
        table.push_line(&line);
    }
}

#[test]
fn an_item_line_cannot_amplify_itself() {
    // Every ';' starts a value that runs to the one space: the reference makes n²/2 bytes of strings
    // out of this line. The values stop once they would hold more than the line.
    let mut line = b"ITEM k [".to_vec();
    line.extend_from_slice(&[b';'; 8000]);
    line.extend_from_slice(b" ]");
    let mut table = StatsTable::default();
    table.push_line(&line);
    let Some(StatsValue::Table(values)) = table.get(&StatsKey::Name(b"k".to_vec())) else {
        panic!("no list for k: {table:?}");
    };
    let held: usize = values
        .entries
        .iter()
        .map(|(_, v)| match v {
            StatsValue::Str(s) => s.len(),
            StatsValue::Table(_) => usize::MAX,
        })
        .sum();
    assert!(
        held <= line.len(),
        "{held} bytes held for a line of {}",
        line.len()
    );
    // The value kept is the reference's first one; its second (7998 bytes) would pass the bound.
    assert_eq!(
        values.entries,
        vec![(StatsKey::Index(0), StatsValue::Str(vec![b';'; 8000]))]
    );
    // A real line is untouched.
    table.push_line(b"ITEM j [12 b; 1700000000 s]");
    let mut want = StatsTable::default();
    want.append(StatsValue::Str(b"12".to_vec()));
    want.append(StatsValue::Str(b"1700000000".to_vec()));
    assert_eq!(
        table.get(&StatsKey::Name(b"j".to_vec())),
        Some(&StatsValue::Table(want))
    );
}

#[test]
fn many_keys_cost_linear_time() {
    // A cachedump of 50,000 items (memcached caps it at 2 MB, about that many lines). A linear key
    // search made this take minutes in a debug build.
    let started = std::time::Instant::now();
    let mut table = StatsTable::default();
    for i in 0..50_000 {
        table.push_line(format!("ITEM key_{i} [1 b; 0 s]").as_bytes());
        table.push_line(format!("STAT items:{}:number {i}", i % 64).as_bytes());
    }
    table.push_line(b"ITEM key_7 [2 b; 9 s]");
    assert_eq!(table.entries.len(), 50_001, "50,000 keys and `items`");
    let list = |a: &[u8], b: &[u8]| {
        let mut t = StatsTable::default();
        t.append(StatsValue::Str(a.to_vec()));
        t.append(StatsValue::Str(b.to_vec()));
        StatsValue::Table(t)
    };
    assert_eq!(
        table.get(&StatsKey::Name(b"key_7".to_vec())),
        Some(&list(b"2", b"9"))
    );
    assert_eq!(
        table.entries[8].0,
        StatsKey::Name(b"key_7".to_vec()),
        "replaced in place"
    );
    assert!(
        started.elapsed().as_secs() < 10,
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn entries_changed_directly_are_reindexed() {
    let mut table = StatsTable::default();
    table.push_line(b"STAT a 1");
    table
        .entries
        .push((StatsKey::Index(4), StatsValue::Str(b"x".to_vec())));
    table.push_line(b"STAT 4 y");
    table.push_line(b"z");
    assert_eq!(
        table.entries,
        vec![
            (
                StatsKey::Name(b"a".to_vec()),
                StatsValue::Str(b"1".to_vec())
            ),
            (StatsKey::Index(4), StatsValue::Str(b"y".to_vec())),
            (StatsKey::Index(5), StatsValue::Str(b"z".to_vec())),
        ]
    );
    assert_eq!(
        table.get(&StatsKey::Index(5)),
        Some(&StatsValue::Str(b"z".to_vec()))
    );
}
