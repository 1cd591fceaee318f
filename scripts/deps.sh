#!/usr/bin/env bash
# Installs, with apt, the Debian 12 packages this project needs to build, test and run the demo.
#
#   scripts/deps.sh            install whatever is missing (fast no-op when everything is installed)
#   scripts/deps.sh --check    only report; exit 1 if something is missing
#   scripts/deps.sh --bench    also the benchmark's packages (`make bench`; can be combined with --check)
#
# The end-to-end test's packages (E2E_PACKAGES below) are installed too, but a failure to install them is only
# reported: the build and the other tests do not need them, and tests/e2e/run.sh skips itself without them.
# The Rust toolchain is not installed here: it comes from rustup (see README.md).
set -euo pipefail

# php8.2-cli        the PHP binary the extension is loaded into
# php8.2-dev        php-config and the headers (ext-php-rs' build script and bindgen), run-tests.php
# libclang-dev      bindgen (used by ext-php-rs' build script) loads libclang at build time
# gcc, libc6-dev    the cc crate compiles ext-php-rs' wrapper.c; the linker needs crt files and libc
# pkg-config        build scripts of -sys crates look for it
# make              the Makefile
# ca-certificates   cargo downloads crates over https
# memcached         private daemons for the demo and the phpt suite
# php8.2-memcache   the C pecl/memcache extension: the oracle for interop tests (never loaded with ours)
# libphp8.2-embed   libphp for `cargo test` runs that execute PHP code (ext-php-rs' embed feature)
# sasl2-bin         saslpasswd2, to make the SASL database of the SASL test (memcached -S)
# zlib1g-dev        the system zlib, which flate2 compresses values of up to 31 bytes with (libdeflate, built by
#                   the libdeflate-sys crate from its bundled source with gcc, does the rest)
PACKAGES=(
    php8.2-cli php8.2-dev libclang-dev gcc libc6-dev pkg-config make ca-certificates
    memcached php8.2-memcache libphp8.2-embed zlib1g-dev sasl2-bin
)

# For the end-to-end test (tests/e2e/run.sh, the last step of `make test`), optional:
# nginx, php8.2-fpm  the test starts a private nginx and php-fpm, with configuration files of its own, on
#                    loopback. It never uses the system's nginx/php-fpm services or their configuration (Debian
#                    starts those services when it installs the packages, unless policy-rc.d forbids it).
E2E_PACKAGES=(nginx php8.2-fpm)

# Only for `make bench` (bench/README.md), so that `make test` and CI do not install them:
# php8.2-memcached  php-memcached, the libmemcached-based client the benchmark compares with
# php8.2-igbinary, php8.2-msgpack
#                   serializers php8.2-memcached links against (its package depends on them; listed because
#                   bench/run.php loads them by name, before memcached)
# (taskset, which pins the benchmark to one CPU, is in util-linux, which every Debian system has.)
BENCH_PACKAGES=(php8.2-memcached php8.2-igbinary php8.2-msgpack)

check=0
for arg in "$@"; do
    case $arg in
        --check) check=1 ;;
        --bench) PACKAGES+=("${BENCH_PACKAGES[@]}") ;;
        *) echo "usage: scripts/deps.sh [--check] [--bench]" >&2; exit 2 ;;
    esac
done

# is_missing PKG: true unless PKG is fully installed. (Not `dpkg -s | grep -q`: with pipefail, grep quitting
# early can kill dpkg with SIGPIPE and make an installed package look missing.)
is_missing() { [[ $(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) != 'install ok installed' ]]; }

missing=() e2e_missing=()
for pkg in "${PACKAGES[@]}"; do is_missing "$pkg" && missing+=("$pkg"); done
for pkg in "${E2E_PACKAGES[@]}"; do is_missing "$pkg" && e2e_missing+=("$pkg"); done

if ((check)); then
    ((${#e2e_missing[@]})) && echo "deps: missing (optional, for the end-to-end test): ${e2e_missing[*]}"
    if ((${#missing[@]})); then
        echo "deps: missing: ${missing[*]}"
        exit 1
    fi
    echo "deps: all installed"
    exit 0
fi

if ((${#missing[@]} + ${#e2e_missing[@]})); then
    if [[ $(id -u) -eq 0 ]]; then
        SUDO=()
    elif command -v sudo >/dev/null 2>&1; then
        SUDO=(sudo)
    else
        echo "deps: not root and sudo is missing; as root run: apt-get install ${missing[*]} ${e2e_missing[*]}" >&2
        exit 1
    fi
    apt_install() {
        "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y -q --no-install-recommends "$@" </dev/null
    }
    echo "deps: installing ${missing[*]} ${e2e_missing[*]}"
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    if ((${#missing[@]})); then
        apt_install "${missing[@]}"
    fi
    if ((${#e2e_missing[@]})) && ! apt_install "${e2e_missing[@]}"; then
        echo "deps: could not install ${e2e_missing[*]}; the end-to-end test will be skipped" >&2
    fi
fi

# ext-php-rs' embed feature links with -lphp, and Debian only ships libphp8.2.so (see EXT_PHP_RS_NOTES §2).
if [[ -e /usr/lib/libphp8.2.so && ! -e /usr/lib/libphp.so ]]; then
    echo "deps: linking /usr/lib/libphp.so -> libphp8.2.so"
    if [[ $(id -u) -eq 0 ]]; then
        ln -s libphp8.2.so /usr/lib/libphp.so
    else
        sudo ln -s libphp8.2.so /usr/lib/libphp.so
    fi
fi

# The memcached package starts a system daemon on 127.0.0.1:11211; we never use it (the scripts start
# private ones on free ports), so it is left alone.
if ! command -v cargo >/dev/null 2>&1 && [[ ! -x ${CARGO_HOME:-$HOME/.cargo}/bin/cargo ]]; then
    echo "deps: cargo not found; install Rust with rustup, then re-run" >&2
    exit 1
fi
