//! The fuzz targets on stable Rust, without cargo-fuzz: every committed corpus input (fuzz/corpus/),
//! then a few thousand deterministic variations of them, through the same harness functions the
//! fuzzers run (fuzz/harness.rs). A panic or a broken property fails the test and prints the input.
//! The real fuzzers and how long they ran are described in fuzz/README.md.

use std::fs;
use std::panic;
use std::path::PathBuf;

#[path = "../fuzz/harness.rs"]
mod harness;

/// Variations per target: enough to cover the mutation kinds below on every corpus shape, small
/// enough for a debug-build `cargo test` (a few seconds).
const VARIATIONS: usize = 2000;

type Target = fn(&[u8]);

const TARGETS: [(&str, Target); 6] = [
    ("ascii_decode", harness::ascii_decode),
    ("binary_decode", harness::binary_decode),
    ("meta_decode", harness::meta_decode),
    ("value_decode", harness::value_decode),
    ("stats_push_line", harness::stats_push_line),
    ("session_save_path", harness::session_save_path),
];

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// Bytes the grammars care about: separators, line ends, digits, signs, magic bytes, boundaries.
const INTERESTING: &[u8] = b"\r\n \t:;[]?&=,-+09\x00\x80\x81\xff";

/// One to four random edits of `input`: byte changes, insertions of interesting or repeated bytes,
/// deletions, duplication of a range, truncation, a 32-bit boundary value written big- or little-endian.
fn mutate(rng: &mut Rng, input: &[u8]) -> Vec<u8> {
    let mut v = input.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(v.len() + 1);
        match rng.below(8) {
            0 if !v.is_empty() => {
                let i = rng.below(v.len());
                v[i] = rng.next() as u8;
            }
            1 if !v.is_empty() => {
                let i = rng.below(v.len());
                v[i] = INTERESTING[rng.below(INTERESTING.len())];
            }
            2 => v.insert(at, INTERESTING[rng.below(INTERESTING.len())]),
            3 => {
                let n = 1 + rng.below(64);
                v.splice(at..at, std::iter::repeat_n(rng.next() as u8, n));
            }
            4 => {
                let end = (at + 1 + rng.below(16)).min(v.len());
                v.drain(at.min(end)..end);
            }
            5 if !v.is_empty() => {
                let start = rng.below(v.len());
                let end = (start + 1 + rng.below(256)).min(v.len());
                let piece = v[start..end].to_vec();
                v.splice(at..at, piece);
            }
            6 => v.truncate(at),
            _ => {
                let n = [0u32, 1, 0x7fff_ffff, 0x8000_0000, 0xc000_0000, u32::MAX][rng.below(6)];
                let bytes = if rng.below(2) == 0 {
                    n.to_be_bytes()
                } else {
                    n.to_le_bytes()
                };
                let at = at.min(v.len().saturating_sub(4));
                for (i, b) in bytes.iter().enumerate() {
                    if at + i < v.len() {
                        v[at + i] = *b;
                    }
                }
            }
        }
    }
    v
}

fn corpus(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut files: Vec<_> = fs::read_dir(&dir)
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    files
        .into_iter()
        .filter_map(|p| {
            Some((
                p.file_name()?.to_string_lossy().into_owned(),
                fs::read(&p).ok()?,
            ))
        })
        .collect()
}

fn run(name: &str, target: Target, label: &str, input: &[u8]) {
    if panic::catch_unwind(|| target(input)).is_err() {
        panic!(
            "{name}: {label} failed; input ({} bytes): {:?}",
            input.len(),
            String::from_utf8_lossy(input)
        );
    }
}

#[test]
fn committed_corpus_replays_cleanly() {
    for (name, target) in TARGETS {
        let files = corpus(name);
        assert!(!files.is_empty(), "fuzz/corpus/{name} is empty or missing");
        for (file, input) in &files {
            run(name, target, file, input);
        }
    }
}

#[test]
fn pseudo_random_variations_are_handled() {
    for (i, (name, target)) in TARGETS.into_iter().enumerate() {
        let files = corpus(name);
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ (i as u64 + 1));
        for n in 0..VARIATIONS {
            let input = if files.is_empty() || n % 10 == 0 {
                (0..rng.below(96)).map(|_| rng.next() as u8).collect()
            } else {
                let pick = rng.below(files.len());
                mutate(&mut rng, &files[pick].1)
            };
            run(name, target, &format!("variation {n}"), &input);
        }
    }
}
