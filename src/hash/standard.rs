//! `standard` strategy: each server `weight` times in a bucket list; `((H >> 16) & 0x7FFF) mod n`.

use super::Node;

#[derive(Clone, Debug, Default)]
pub struct Buckets {
    servers: Vec<usize>,
}

impl Buckets {
    pub fn build(nodes: &[Node<'_>]) -> Buckets {
        let mut servers = Vec::new();
        for (i, n) in nodes.iter().enumerate() {
            servers.extend(std::iter::repeat_n(i, n.weight.max(1) as usize));
        }
        Buckets { servers }
    }

    pub fn lookup(&self, hash: u32) -> Option<usize> {
        if self.servers.is_empty() {
            return None;
        }
        let h = match (hash >> 16) & 0x7FFF {
            0 => 1,
            h => h,
        };
        Some(self.servers[h as usize % self.servers.len()])
    }
}
