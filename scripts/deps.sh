#!/usr/bin/env bash
# Installs, with apt, the Debian packages this project needs to build, test and run the demo, for one PHP
# version (Debian 12: PHP 8.2, Debian 13: PHP 8.4; any php8.x the distribution packages).
#
#   scripts/deps.sh            install whatever is missing (fast no-op when everything is installed)
#   scripts/deps.sh --check    only report; exit 1 if something is missing
#   scripts/deps.sh --bench    also the benchmark's packages (`make bench`; can be combined with --check)
#   scripts/deps.sh --version  only print the PHP version the packages are for
#
# Which PHP: the one PHP_CONFIG names (as for the build), else the one `php-config` on PATH belongs to, else
# the newest installed /usr/bin/php8.x, else the distribution's default (the version its `php` package depends
# on). So `make test` on a fresh Debian 13 installs php8.4-*, on Debian 12 php8.2-*.
#
# The end-to-end test's packages (E2E_PACKAGES below) are installed too, but a failure to install them is only
# reported: the build and the other tests do not need them, and tests/e2e/run.sh skips itself without them.
# The Rust toolchain is not installed here: it comes from rustup (see README.md).
set -euo pipefail

if [[ $(id -u) -eq 0 ]]; then
    SUDO=()
elif command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
else
    SUDO=(false)   # reported below, when something is missing
fi
apt_updated=0
apt_update() {
    ((apt_updated)) && return 0
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    apt_updated=1
}

# The distribution's default PHP: what its `php` metapackage depends on ("php8.4"). The package lists may
# be missing on a fresh machine: then they are fetched once and asked again.
php_dependency() { apt-cache depends php 2>/dev/null | sed -n 's/^ *Depends: php\([0-9]\.[0-9]*\)$/\1/p' | head -n 1; }
distro_php_version() {
    local dep
    dep=$(php_dependency)
    if [[ -z $dep ]]; then
        apt_update >&2
        dep=$(php_dependency)
    fi
    [[ -n $dep ]] || { echo "deps: cannot tell the distribution's PHP version (apt-cache depends php)" >&2; return 1; }
    echo "$dep"
}

php_version() {
    local dep
    dep=$(apt-cache depends php 2>/dev/null | sed -n 's/^ *Depends: php\([0-9]\.[0-9]*\)$/\1/p' | head -n 1)
    if [[ -z $dep ]]; then
        apt_update >&2
        dep=$(apt-cache depends php 2>/dev/null | sed -n 's/^ *Depends: php\([0-9]\.[0-9]*\)$/\1/p' | head -n 1)
    fi
    [[ -n $dep ]] || { echo "deps: cannot tell the distribution's PHP version (apt-cache depends php)" >&2; return 1; }
    echo "$dep"
}

php_version() {
    if [[ -n ${PHP_CONFIG:-} ]] || command -v php-config >/dev/null 2>&1; then
        "${PHP_CONFIG:-php-config}" --version | cut -d. -f1,2
        return
    fi
    local newest
    newest=$(compgen -G '/usr/bin/php[0-9].[0-9]*' | sed -n 's|^/usr/bin/php\([0-9]\.[0-9]*\)$|\1|p' | sort -V | tail -n 1)
    if [[ -n $newest ]]; then echo "$newest"; else distro_php_version; fi
}

V=$(php_version)
[[ $V =~ ^[0-9]+\.[0-9]+$ ]] || { echo "deps: bad PHP version '$V'" >&2; exit 1; }

# phpV-cli          the PHP binary the extension is loaded into
# phpV-dev          php-config and the headers (ext-php-rs' build script and bindgen), run-tests.php
# libclang-dev      bindgen (used by ext-php-rs' build script) loads libclang at build time
# gcc, libc6-dev    the cc crate compiles ext-php-rs' wrapper.c; the linker needs crt files and libc
# pkg-config        build scripts of -sys crates look for it
# make              the Makefile
# ca-certificates   cargo downloads crates over https
# memcached         private daemons for the demo and the phpt suite
# phpV-memcache     the C pecl/memcache extension: the oracle for interop tests (never loaded with ours)
# libphpV-embed     libphp for `cargo test` runs that execute PHP code (ext-php-rs' embed feature)
# sasl2-bin         saslpasswd2, to make the SASL database of the SASL test (memcached -S)
# libsasl2-modules  the PLAIN mechanism for that test's memcached (only recommended by sasl2-bin: a minimal
#                   root without recommends has no PLAIN, and every authentication then fails)
# zlib1g-dev        the system zlib, which flate2 compresses values of up to 31 bytes with (libdeflate, built by
#                   the libdeflate-sys crate from its bundled source with gcc, does the rest)
# procps            pgrep/ps, which some tests' helpers use (minimal roots lack it)
# openssl           the CLI the TLS tests make their CA and certificates with (ca-certificates pulls it in
#                   too; listed because the tests call it)
PACKAGES=(
    "php$V-cli" "php$V-dev" libclang-dev gcc libc6-dev pkg-config make ca-certificates
    memcached "php$V-memcache" "libphp$V-embed" zlib1g-dev sasl2-bin libsasl2-modules procps openssl
)

# For the end-to-end test (tests/e2e/run.sh, the last step of `make test`), optional:
# curl              the test drives the pages with it
# nginx, phpV-fpm    the test starts a private nginx and php-fpm, with configuration files of its own, on
#                    loopback. It never uses the system's nginx/php-fpm services or their configuration (Debian
#                    starts those services when it installs the packages, unless policy-rc.d forbids it).
E2E_PACKAGES=(nginx "php$V-fpm" curl)

# Only for `make bench` (bench/README.md), so that `make test` and CI do not install them:
# phpV-memcached    php-memcached, the libmemcached-based client the benchmark compares with
# phpV-igbinary, phpV-msgpack
#                   serializers phpV-memcached links against (its package depends on them; listed because
#                   bench/run.php loads them by name, before memcached)
# util-linux        taskset, which pins the benchmark to one CPU
BENCH_PACKAGES=("php$V-memcached" "php$V-igbinary" "php$V-msgpack" util-linux)

check=0
for arg in "$@"; do
    case $arg in
        --check) check=1 ;;
        --bench) PACKAGES+=("${BENCH_PACKAGES[@]}") ;;
        --version) echo "$V"; exit 0 ;;
        *) echo "usage: scripts/deps.sh [--check] [--bench] [--version]" >&2; exit 2 ;;
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
    if [[ ${SUDO[0]:-} == false ]]; then
        echo "deps: not root and sudo is missing; as root run: apt-get install ${missing[*]} ${e2e_missing[*]}" >&2
        exit 1
    fi
    apt_install() {
        "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y -q --no-install-recommends "$@" </dev/null
    }
    echo "deps: installing ${missing[*]} ${e2e_missing[*]}"
    apt_update
    if ((${#missing[@]})); then
        apt_install "${missing[@]}"
    fi
    if ((${#e2e_missing[@]})) && ! apt_install "${e2e_missing[@]}"; then
        echo "deps: could not install ${e2e_missing[*]}; the end-to-end test will be skipped" >&2
    fi
fi

# ext-php-rs' embed feature links with -lphp, and Debian only ships libphpV.so (see EXT_PHP_RS_NOTES §2).
# The link follows the PHP chosen above (a link to another version's libphp is replaced).
if [[ -e /usr/lib/libphp$V.so && $(readlink /usr/lib/libphp.so 2>/dev/null) != "libphp$V.so" ]] &&
    [[ ! -e /usr/lib/libphp.so || -L /usr/lib/libphp.so ]]; then
    echo "deps: linking /usr/lib/libphp.so -> libphp$V.so"
    "${SUDO[@]}" ln -sfn "libphp$V.so" /usr/lib/libphp.so
fi

# The memcached package starts a system daemon on 127.0.0.1:11211; we never use it (the scripts start
# private ones on free ports), so it is left alone.
if ! command -v cargo >/dev/null 2>&1 && [[ ! -x ${CARGO_HOME:-$HOME/.cargo}/bin/cargo ]]; then
    echo "deps: cargo not found; install Rust with rustup, then re-run" >&2
    exit 1
fi
