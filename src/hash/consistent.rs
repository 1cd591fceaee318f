//! `consistent` strategy: `weight × 160` points per server at `H("host:port-i")`, sorted, then
//! sampled into 1024 buckets; a key uses bucket `H(key) mod 1024` (spec §6.4).

use super::{HashFunction, Node};

const POINTS_PER_WEIGHT: u32 = 160;
const BUCKETS: u32 = 1024;

#[derive(Clone, Debug, Default)]
pub struct Ring {
    buckets: Vec<usize>,
}

impl Ring {
    pub fn build(function: HashFunction, nodes: &[Node<'_>]) -> Ring {
        let mut points: Vec<(u32, usize)> = Vec::new();
        for (i, n) in nodes.iter().enumerate() {
            for p in 0..n.weight.max(1) * POINTS_PER_WEIGHT {
                let name = format!("{}:{}-{}", n.host, n.tcp_port, p);
                points.push((function.hash(name.as_bytes()), i));
            }
        }
        if points.is_empty() {
            return Ring::default();
        }
        // Stable, so equal points keep insertion order and a tie goes to the server added first. The
        // reference's qsort() is glibc's merge sort (stable) at these sizes; the tie shapes of the
        // recorded vectors (src/hash/tests.rs) confirm it.
        points.sort_by_key(|p| p.0);
        let step = 0xFFFF_FFFFu32 / BUCKETS;
        let buckets = (0..BUCKETS)
            .map(|b| {
                let target = b * step;
                // First point whose value is >= target, wrapping to the lowest point.
                let at = points.partition_point(|p| p.0 < target);
                points.get(at).unwrap_or(&points[0]).1
            })
            .collect();
        Ring { buckets }
    }

    pub fn lookup(&self, hash: u32) -> Option<usize> {
        self.buckets.get((hash % BUCKETS) as usize).copied()
    }
}
