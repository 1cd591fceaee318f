//! The nested result of getStats (spec §4.12), built from the reply lines of a `stats` command.
//!
//! [`StatsTable`] models the PHP array the reference builds, without PHP: entries keep insertion order,
//! keys follow PHP's symbol-table rule (canonical decimal integers become integer keys), and writing
//! an existing key replaces its value in place. The PHP layer only has to copy it into a zval.
//! No I/O happens here.

/// An array key, as PHP's `zend_symtable_*` functions would store it.
#[derive(Clone, Debug, PartialEq)]
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
            Some(d) => d.first().is_some_and(|c| (b'1'..=b'9').contains(c)) && d.iter().all(u8::is_ascii_digit),
            None => !bytes.is_empty() && bytes.iter().all(u8::is_ascii_digit),
        };
        let index = std::str::from_utf8(bytes).ok().and_then(|s| s.parse::<i64>().ok());
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
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StatsTable {
    /// Ordered like a PHP array; inserting an existing key updates in place.
    pub entries: Vec<(StatsKey, StatsValue)>,
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
        self.entries.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// `$array[$key] = $value`: replaces in place, or appends.
    pub fn insert(&mut self, key: StatsKey, value: StatsValue) {
        match self.entries.iter_mut().find(|(k, _)| *k == key) {
            Some((_, slot)) => *slot = value,
            None => self.entries.push((key, value)),
        }
    }

    /// `$array[] = $value`. PHP 8.2 appends at one past the largest non-negative integer key (0 when
    /// there is none) and drops the element when that would overflow.
    pub fn append(&mut self, value: StatsValue) {
        let max = self.entries.iter().filter_map(|(k, _)| match k {
            StatsKey::Index(i) if *i >= 0 => Some(*i),
            _ => None,
        });
        let next = match max.max() {
            None => Some(0),
            Some(i) => i.checked_add(1),
        };
        if let Some(next) = next {
            self.entries.push((StatsKey::Index(next), value));
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
        let index = match self.entries.iter().position(|(k, _)| *k == key) {
            Some(i) => i,
            None => {
                self.entries
                    .push((key, StatsValue::Table(StatsTable::default())));
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
        // ';' is searched from one past the value's start, exactly like the reference's loop.
        let mut marker = find(&rest[space..], b'[').map(|i| space + i);
        while let Some(at) = marker {
            let start = at + 1 + rest[at + 1..].iter().take_while(|&&b| b == b' ').count();
            let tail = rest.get(start..).unwrap_or_default();
            if let Some(len) = find(tail, b' ') {
                values.append(StatsValue::Str(tail[..len].to_vec()));
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
