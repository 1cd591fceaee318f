//! Key → server mapping (spec §6.4): the hash functions and the two distribution strategies.
//!
//! Pure: no I/O, no clock. A [`Distribution`] is rebuilt whenever the server list changes.

mod consistent;
mod function;
mod standard;
#[cfg(test)]
mod tests;

pub use function::HashFunction;

/// `memcache.hash_strategy`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Strategy {
    Standard,
    Consistent,
}

/// The lookup structure for one pool: which server index each hash lands on.
#[derive(Clone, Debug)]
pub enum Distribution {
    Standard(standard::Buckets),
    Consistent(consistent::Ring),
}

/// A server as the distribution sees it: its ring name is `host:port`.
pub struct Node<'a> {
    pub host: &'a str,
    pub tcp_port: u16,
    pub weight: u32,
}

impl Distribution {
    pub fn build(strategy: Strategy, function: HashFunction, nodes: &[Node<'_>]) -> Distribution {
        match strategy {
            Strategy::Standard => Distribution::Standard(standard::Buckets::build(nodes)),
            Strategy::Consistent => Distribution::Consistent(consistent::Ring::build(function, nodes)),
        }
    }

    /// The server index for a key hash. `None` only when the pool is empty.
    pub fn lookup(&self, hash: u32) -> Option<usize> {
        match self {
            Distribution::Standard(b) => b.lookup(hash),
            Distribution::Consistent(r) => r.lookup(hash),
        }
    }
}
