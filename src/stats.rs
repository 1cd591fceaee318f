//! The nested result of getStats (spec §4.12), built from the reply lines of a `stats` command.
//!
//! [`StatsTable`] models the PHP array the reference builds, without PHP: entries keep insertion order,
//! keys follow PHP's symbol-table rule (canonical decimal integers become integer keys), and writing
//! an existing key replaces its value in place. The PHP layer only has to copy it into a zval.
//! No I/O happens here.
//!
//! A reply comes from the server, so its cost must stay proportional to its size: keys are found
//! through a hash index (a `stats cachedump` of tens of thousands of items would otherwise take
//! seconds, and a hostile reply hours), and an `ITEM` line cannot make the table hold more than
//! its own length in values (see [`StatsTable::push_line`]).

use std::collections::HashMap;
use std::fmt;

/// An array key, as PHP's `zend_symtable_*` functions would store it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum StatsKey {
    Index(i64),
    Name(Vec<u8>),
}

impl StatsKey {
    /// PHP's numeric-string key rule: an optional `-` and decimal digits without a leading zero (or
    /// exactly `0`) that fit in an i64 become [`StatsKey::Index`]; `"05"`, `"-0"`, `"+1"`, `" 1"` and
    /// out-of-range numbers stay names.
    pub fn from_bytes(bytes: &[u8]) -> StatsKey {
        // The reference converts any all-digit segment (optionally negative) with strtol, so "07"
        // becomes 7 and merges with an existing key 7 (verified against the C extension).
        // "-0" and "-05" stay names, as they do in the reference.
        let numeric = match bytes.strip_prefix(b"-") {
            Some(d) => {
                d.first().is_some_and(|c| (b'1'..=b'9').contains(c))
                    && d.iter().all(u8::is_ascii_digit)
            }
            None => !bytes.is_empty() && bytes.iter().all(u8::is_ascii_digit),
        };
        let index = std::str::from_utf8(bytes)
            .ok()
            .and_then(|s| s.parse::<i64>().ok());
        match index {
            Some(i) if numeric => StatsKey::Index(i),
            _ => StatsKey::Name(bytes.to_vec()),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum StatsValue {
    Str(Vec<u8>),
    Table(StatsTable),
}

/// An ordered PHP-like array of stats.
#[derive(Clone, Default)]
pub struct StatsTable {
    /// Ordered like a PHP array, keys unique; inserting an existing key updates in place. Read it
    /// freely, but change it through the methods: they keep the lookup index below in step (a table
    /// grown behind their back is re-indexed on the next call, one that was reordered is not).
    pub entries: Vec<(StatsKey, StatsValue)>,
    /// Where each key is in `entries`.
    index: HashMap<StatsKey, usize>,
    /// The largest non-negative integer key, where `append` continues (PHP's nNextFreeElement).
    max_index: Option<i64>,
}

impl PartialEq for StatsTable {
    fn eq(&self, other: &Self) -> bool {
        self.entries == other.entries
    }
}

impl fmt::Debug for StatsTable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StatsTable")
            .field("entries", &self.entries)
            .finish()
    }
}

impl StatsTable {
    /// Adds one reply line (without CRLF) the way the reference does:
    /// * `STAT a:b:c v`: nested tables, one level per `:`-separated segment of the name, `v` (everything
    ///   after the first space) as a string. A `:` just before the space is part of the name (`x: v`
    ///   gives `x:`), as in the reference. A segment that holds a string is replaced by a table.
    /// * `ITEM key [N b; T s]` (cachedump): `key => ['N', 'T']`, the first word after `[` and after
    ///   each `;`.
    /// * any other `a b` line: `a => b`; a line without a space is appended with the next integer key.
    ///
    /// STAT and ITEM lines without a space are skipped (the reference fails the whole request with a
    /// meaningless "(null)" notice); empty lines are skipped like the reference does.
    ///
    /// Deliberate difference: an ITEM value runs to the next space, so in a line like
    /// `ITEM k [;;;;…;; ]` the reference's values overlap and n bytes of line become n²/2 bytes of
    /// strings. Here the values of one line stop once they would hold more bytes than the line
    /// itself; real cachedump lines (`[12 b; 1700000000 s]`) are far below that.
    pub fn push_line(&mut self, line: &[u8]) {
        if let Some(rest) = line.strip_prefix(b"STAT ") {
            self.push_stat(rest);
        } else if let Some(rest) = line.strip_prefix(b"ITEM ") {
            self.push_item(rest);
        } else if !line.is_empty() {
            self.push_generic(line);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The value stored under `key`, if any.
    pub fn get(&self, key: &StatsKey) -> Option<&StatsValue> {
        if self.index.len() == self.entries.len() {
            return self.index.get(key).map(|&i| &self.entries[i].1);
        }
        self.entries.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// `$array[$key] = $value`: replaces in place, or appends.
    pub fn insert(&mut self, key: StatsKey, value: StatsValue) {
        match self.position(&key) {
            Some(i) => self.entries[i].1 = value,
            None => self.push_new(key, value),
        }
    }

    /// `$array[] = $value`. PHP 8.2 appends at one past the largest non-negative integer key (0 when
    /// there is none) and drops the element when that would overflow.
    pub fn append(&mut self, value: StatsValue) {
        self.reindex();
        let next = match self.max_index {
            None => Some(0),
            Some(i) => i.checked_add(1),
        };
        if let Some(next) = next {
            self.push_new(StatsKey::Index(next), value);
        }
    }

    /// The position of `key` in `entries`.
    fn position(&mut self, key: &StatsKey) -> Option<usize> {
        self.reindex();
        self.index.get(key).copied()
    }

    /// Appends an entry whose key is not in the table yet.
    fn push_new(&mut self, key: StatsKey, value: StatsValue) {
        if let StatsKey::Index(i) = key {
            if i >= 0 && self.max_index.is_none_or(|m| i > m) {
                self.max_index = Some(i);
            }
        }
        self.index.insert(key.clone(), self.entries.len());
        self.entries.push((key, value));
    }

    /// Rebuilds the index if `entries` was changed without the methods (first occurrence wins, as
    /// a linear search would).
    fn reindex(&mut self) {
        if self.index.len() == self.entries.len() {
            return;
        }
        self.index.clear();
        self.max_index = None;
        for (i, (key, _)) in self.entries.iter().enumerate() {
            self.index.entry(key.clone()).or_insert(i);
            if let StatsKey::Index(n) = *key {
                if n >= 0 && self.max_index.is_none_or(|m| n > m) {
                    self.max_index = Some(n);
                }
            }
        }
    }

    fn push_stat(&mut self, rest: &[u8]) {
        let Some(space) = find(rest, b' ') else {
            return;
        };
        let (mut name, value) = (&rest[..space], &rest[space + 1..]);
        let mut table = self;
        loop {
            // The reference searches for ':' only up to the byte before the space.
            let searchable = &name[..name.len().saturating_sub(1)];
            let Some(colon) = find(searchable, b':') else {
                break;
            };
            let Some(sub) = table.subtable_mut(StatsKey::from_bytes(&name[..colon])) else {
                return;
            };
            table = sub;
            name = &name[colon + 1..];
        }
        table.insert(StatsKey::from_bytes(name), StatsValue::Str(value.to_vec()));
    }

    /// The table under `key`, created at the end if missing and replacing a string if need be.
    fn subtable_mut(&mut self, key: StatsKey) -> Option<&mut StatsTable> {
        let index = match self.position(&key) {
            Some(i) => i,
            None => {
                self.push_new(key, StatsValue::Table(StatsTable::default()));
                self.entries.len() - 1
            }
        };
        let slot = &mut self.entries.get_mut(index)?.1;
        if let StatsValue::Str(_) = slot {
            *slot = StatsValue::Table(StatsTable::default());
        }
        match slot {
            StatsValue::Table(table) => Some(table),
            StatsValue::Str(_) => None,
        }
    }

    fn push_item(&mut self, rest: &[u8]) {
        let Some(space) = find(rest, b' ') else {
            return;
        };
        let mut values = StatsTable::default();
        // Each value starts after '[' or ';' and optional spaces, and ends at the next space; the next
        // ';' is searched from one past the value's start, exactly like the reference's loop. Starts
        // only move forward, so the space found last is reused while it is still ahead (one pass over
        // the line, not one per value), and the values may hold at most the line's length.
        let mut budget = rest.len();
        let mut next_space: Option<usize> = None;
        let mut marker = find(&rest[space..], b'[').map(|i| space + i);
        while let Some(at) = marker {
            let start = at + 1 + rest[at + 1..].iter().take_while(|&&b| b == b' ').count();
            if next_space.is_none_or(|s| s < start) {
                next_space = rest
                    .get(start..)
                    .and_then(|t| find(t, b' '))
                    .map(|i| start + i);
                if next_space.is_none() {
                    break; // no space ahead: no further value can end
                }
            }
            if let Some(end) = next_space {
                let len = end - start;
                if len > budget {
                    break;
                }
                budget -= len;
                values.append(StatsValue::Str(rest[start..end].to_vec()));
            }
            marker = rest
                .get(start + 1..)
                .and_then(|r| find(r, b';'))
                .map(|i| start + 1 + i);
        }
        self.insert(
            StatsKey::from_bytes(&rest[..space]),
            StatsValue::Table(values),
        );
    }

    fn push_generic(&mut self, line: &[u8]) {
        match find(line, b' ') {
            Some(space) => self.insert(
                StatsKey::from_bytes(&line[..space]),
                StatsValue::Str(line[space + 1..].to_vec()),
            ),
            None => self.append(StatsValue::Str(line.to_vec())),
        }
    }
}

fn find(haystack: &[u8], needle: u8) -> Option<usize> {
    haystack.iter().position(|&b| b == needle)
}

#[cfg(test)]
mod tests;
