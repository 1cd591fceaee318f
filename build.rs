//! Settles the differences between PHP versions at compile time.
//!
//! Asks the PHP being built against for its version, the same way ext-php-rs's own build script finds
//! it (`PHP_CONFIG`, else `php-config` on `PATH`), and emits one cfg per minor release from 8.3 on:
//! `php83` means "PHP 8.3 or later", `php84` "8.4 or later", and so on. `src/php/` gates on these where
//! the engine's structs or behaviour changed, always as "this version or later", so a PHP newer than the
//! ones tested here (8.2 and 8.4) gets the newest layout instead of none.
//!
//! Without php-config (a plain `cargo test` of the core, which needs no PHP) no cfg is emitted; only
//! `src/php/`, built with the `php` feature, reads them, and that feature's build needs php-config anyway.

use std::env;
use std::process::Command;

/// Minor releases of PHP 8 that get a cfg: `php8N` for every N in this range that the PHP being built
/// against has reached. Extending the range is harmless: unused cfgs cost nothing.
const MINORS: std::ops::RangeInclusive<u32> = 3..=9;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-env-changed=PHP_CONFIG");
    println!("cargo::rerun-if-env-changed=PATH");
    for minor in MINORS {
        println!("cargo::rustc-check-cfg=cfg(php8{minor})");
    }

    let php_config = env::var("PHP_CONFIG").unwrap_or_else(|_| "php-config".to_string());
    let Some(vernum) = php_vernum(&php_config) else {
        if env::var_os("CARGO_FEATURE_PHP").is_some() {
            println!("cargo::warning=cannot run `{php_config} --vernum`: building as for PHP 8.2");
        }
        return;
    };
    let (major, minor) = (vernum / 10000, vernum / 100 % 100);
    if major != 8 {
        println!("cargo::warning=PHP {major}.{minor} is not supported (PHP 8.2 or later is)");
    }
    for m in MINORS {
        if major > 8 || (major == 8 && minor >= m) {
            println!("cargo::rustc-cfg=php8{m}");
        }
    }
}

/// `php-config --vernum`: 80227 for PHP 8.2.27.
fn php_vernum(php_config: &str) -> Option<u32> {
    let out = Command::new(php_config).arg("--vernum").output().ok()?;
    if !out.status.success() {
        return None;
    }
    String::from_utf8(out.stdout).ok()?.trim().parse().ok()
}
