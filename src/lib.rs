//! php_memcache: PHP's `memcache` extension (pecl/memcache 8.2), rewritten in Rust.
//!
//! # Layout
//!
//! The core below knows nothing about PHP and is tested by `cargo test` alone:
//!
//! - [`key`]: key normalisation and prefixes (spec §3.1);
//! - [`value`]: the flags word, value encoding, compression and decoding (spec §5);
//! - [`protocol`]: request encoders and reply decoders, bytes in and bytes out, no I/O (spec §7);
//! - [`stats`]: the nested stats result (spec §4.12);
//! - [`hash`]: hash functions and the standard/consistent distributions (spec §6.4);
//! - [`net`]: sockets with timeouts, the only module that does network I/O;
//! - [`pool`]: servers, routing, failure handling and the operations (spec §3.2, §6);
//! - [`session`]: the session save handler: save paths, locking, read/write/destroy (spec §8).
//! - [`remember`]: `remember()`, stampede-proof caching over a lease (meta) or a lock (ASCII, binary).
//!
//! `php/` (built with the `php` feature) is the only code that talks to PHP: it converts arguments,
//! calls the core and reports the results as the reference does.
//!
//! # Layering
//!
//! `php → pool → {net, protocol, hash} → {key, value, stats}`. Nothing in the core calls back into
//! PHP; the pool queues events that the PHP layer reports after each operation.

pub mod hash;
pub mod key;
pub mod net;
pub mod pool;
pub mod protocol;
pub mod remember;
pub mod session;
pub mod stats;
pub mod value;

#[cfg(feature = "php")]
mod php;
