#!/usr/bin/env bash
# Runs a command on this checkout inside a Debian 13 ("trixie", PHP 8.4) root, from a Debian 12 host or any
# other Debian-like host with root rights:
#
#   scripts/debian13.sh make test          the whole test suite against PHP 8.4
#   scripts/debian13.sh make bench         the benchmark against php8.4-memcache and php8.4-memcached
#   scripts/debian13.sh bash               a shell in the copy of the checkout inside the root
#   scripts/debian13.sh --recreate CMD...  throw the root away first and make a new one
#
# The root lives outside the checkout, in DEBIAN13_ROOT (default /var/cache/php_memcache/debian13), and is
# kept between runs: the first run makes it with debootstrap (about a minute, from the Debian mirror that
# this machine's apt already uses), later runs reuse it, and a root that is missing its "ready" mark (an
# interrupted first run) is made again. Inside it, `scripts/deps.sh` installs the PHP 8.4 packages the first
# time the command runs `make` (as on a fresh Debian 13 machine).
#
# Each run copies the working tree (with uncommitted changes, without target/ and modules/) to /src in the
# root, bind-mounts the host's rustup toolchain (~/.cargo and ~/.rustup), mounts /proc and /dev,
# runs COMMAND there with chroot, and always unmounts what it mounted and stops what it left running: on
# success, on failure and on Ctrl-C. The build goes to /var/cache/php_memcache-target in the root, so the
# host's target/ and modules/ (built against the host's PHP) are never touched and rebuilds are incremental.
# The exit status is COMMAND's.
set -euo pipefail

SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ROOT=${DEBIAN13_ROOT:-/var/cache/php_memcache/debian13}
SUITE=trixie
READY=$ROOT/.php_memcache_ready
CARGO_DIR=${CARGO_HOME:-$HOME/.cargo}
RUSTUP_DIR=${RUSTUP_HOME:-$HOME/.rustup}

die() { echo "debian13: $*" >&2; exit 1; }

recreate=0
if [[ ${1:-} == --recreate ]]; then recreate=1; shift; fi
(($#)) || { sed -n '2,21s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; exit 2; }
[[ $(id -u) -eq 0 ]] || die "must run as root (debootstrap, mount and chroot need it)"
[[ -d $CARGO_DIR/bin && -d $RUSTUP_DIR ]] || die "no rustup toolchain in $CARGO_DIR and $RUSTUP_DIR"

# The Debian mirror this machine's apt uses: the first "URIs:" of a deb822 source (/etc/apt/sources.list.d/
# *.sources) or the first "deb URI" line (sources.list, *.list) that serves a suite without "-security".
debian_mirror() {
    local f
    for f in /etc/apt/sources.list.d/*.sources; do
        [[ -f $f ]] || continue
        awk '
            function flush() { if (uri != "" && suites !~ /-security/ && types ~ /(^| )deb( |$)/ && !found) { print uri; found = 1 } uri = ""; suites = ""; types = "" }
            /^[ \t]*$/ { flush(); next }
            /^Types:/  { types = $0 }
            /^URIs:/   { uri = $2 }
            /^Suites:/ { suites = $0 }
            END { flush() }' "$f"
    done
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [[ -f $f ]] || continue
        awk '$1 == "deb" { i = 2; if ($2 ~ /^\[/) { while ($i !~ /\]$/) i++; i++ }
                           if ($(i + 1) !~ /-security/) { print $i; exit } }' "$f"
    done
}

# Mount points under the root that are mounted now (deepest first), from /proc/self/mounts.
mounted_under_root() {
    awk -v r="$ROOT" '$2 == r || index($2, r "/") == 1 { print $2 }' /proc/self/mounts | sort -r
}

unmount_all() {
    local m
    for m in $(mounted_under_root); do
        umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || echo "debian13: could not unmount $m" >&2
    done
}

# Stops every process whose root directory is inside ours (daemons a failed or interrupted test left behind).
stop_processes_in_root() {
    local p r pids=()
    for p in /proc/[0-9]*; do
        r=$(readlink "$p/root" 2>/dev/null) || continue
        [[ $r == "$ROOT" || $r == "$ROOT"/* ]] && pids+=("${p#/proc/}")
    done
    ((${#pids[@]})) || return 0
    kill -TERM "${pids[@]}" 2>/dev/null || true
    sleep 1
    kill -KILL "${pids[@]}" 2>/dev/null || true
}

cleanup() {
    stop_processes_in_root
    unmount_all
}

remove_root() {
    unmount_all
    [[ -z $(mounted_under_root) ]] || die "$ROOT still has mounts; not removing it"
    # --one-file-system: never follow into a mount that is somehow still there (the host's toolchain).
    rm -rf --one-file-system "$ROOT"
}

create_root() {
    command -v debootstrap >/dev/null 2>&1 || {
        echo "debian13: installing debootstrap"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap </dev/null ||
            { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap </dev/null; }
    }
    local mirror
    mirror=$(debian_mirror | head -n 1)
    [[ -n $mirror ]] || die "no Debian mirror found in /etc/apt/sources.list{,.d}"
    echo "debian13: creating the Debian 13 root in $ROOT from $mirror (about a minute)"
    remove_root
    mkdir -p "$ROOT"
    # debootstrap needs the trixie keyring; bookworm's debian-archive-keyring has it. make: the Makefile is
    # what runs inside; ca-certificates: cargo and apt over https.
    debootstrap --variant=minbase --include=make,ca-certificates,debian-archive-keyring \
        "$SUITE" "$ROOT" "$mirror" >"$ROOT.debootstrap.log" 2>&1 ||
        { tail -n 30 "$ROOT.debootstrap.log" >&2; die "debootstrap failed (log: $ROOT.debootstrap.log)"; }
    # No service may start inside (the memcached and nginx packages would start system daemons).
    printf '#!/bin/sh\nexit 101\n' >"$ROOT/usr/sbin/policy-rc.d"
    chmod 755 "$ROOT/usr/sbin/policy-rc.d"
    printf '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n' >"$ROOT/etc/hosts"
    mkdir -p "$ROOT/root/.cargo" "$ROOT/root/.rustup" "$ROOT/src" "$ROOT/var/cache/php_memcache-target"
    touch "$READY"
}

# One run at a time: runs share the root's /src and its build directory.
mkdir -p "$(dirname "$ROOT")"
exec 9>"$ROOT.lock"
flock -w 3600 9 || die "another scripts/debian13.sh run holds $ROOT.lock"

trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A previous run that was killed (SIGKILL) may have left mounts and processes behind.
cleanup
if ((recreate)) || [[ ! -f $READY || ! -x $ROOT/bin/bash || ! -x $ROOT/usr/bin/apt-get ]]; then
    create_root
fi

# A fresh copy of the working tree: what git tracks plus what is new and not ignored, as it is on disk now.
rm -rf --one-file-system "$ROOT/src"
mkdir -p "$ROOT/src"
(cd "$SRC" && {
    if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' f; do
            [[ -e $f ]] && printf '%s\0' "$f"
        done | tar --null -T - -cf -
    else
        tar --exclude=./target --exclude=./modules --exclude=./.git -cf - .
    fi
}) | tar -xf - -C "$ROOT/src"

cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true
mount -t proc proc "$ROOT/proc"
mount --bind /dev "$ROOT/dev"
mount --bind "$CARGO_DIR" "$ROOT/root/.cargo"
mount --bind "$RUSTUP_DIR" "$ROOT/root/.rustup"

set +e
chroot "$ROOT" /usr/bin/env -i \
    HOME=/root PATH=/root/.cargo/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 TERM="${TERM:-dumb}" CI="${CI:-}" DEBIAN_FRONTEND=noninteractive \
    CARGO_HOME=/root/.cargo RUSTUP_HOME=/root/.rustup CARGO_TARGET_DIR=/var/cache/php_memcache-target \
    PHPT_ARGS="${PHPT_ARGS:-}" BENCH_ARGS="${BENCH_ARGS:-}" CARGO_TEST_ARGS="${CARGO_TEST_ARGS:-}" \
    /bin/bash -c 'cd /src && "$@"' bash "$@"
status=$?
set -e
exit "$status"
