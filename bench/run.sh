#!/usr/bin/env bash
# Benchmark: our extension against the C pecl/memcache, php-memcached (libmemcached) and a raw-socket client.
#
#   bench/run.sh [--quick] [--rounds N] [--target SECONDS] [--cpu N|none] [--clients LIST] [--ops LIST]
#                [--out FILE] [--json FILE]
#
# Starts three private memcached daemons on free loopback ports, pinned to one CPU, and a fourth with TLS (-Z,
# certificates made here with the openssl CLI) for the TLS rows when openssl and a TLS-capable memcached are
# there, runs bench/run.php (which
# runs every measurement in its own `php -n` process pinned to the same CPU), prints its Markdown report and
# stops the daemons (also on failure or interrupt). Exits non-zero if a measurement failed.
#
#   --quick          a ~30 s smoke run (3 rounds, ~0.1 s per measurement); same as BENCH_QUICK=1
#   --rounds N       rounds (default 5); --target: seconds per measurement (default 0.3)
#   --cpu N|none     CPU for clients and daemons (default 1, or 0 on a single-CPU machine); none: no pinning
#   --clients LIST   subset of c,ours,meta,memcached,raw,ours-tls; --ops LIST: subset of the operations (see run.php)
#   --out FILE       also write the report there; --json FILE: every measurement as JSON
#
# Environment: PHP_BIN, BENCH_MODULE (our .so; default modules/php_memcache.so), MEMCACHED_BIN,
# BENCH_MEMCACHED_ARGS (extra daemon options), and the BENCH_* variables run.php documents.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$ROOT/scripts/php-env.sh"   # PHP_BIN, PHP_VERSION (exported)
# mc_free_ports, mc_wait_ready, mc_stop_daemons, mc_stop (and their MC_PIDS, MC_DIR).
. "$ROOT/scripts/memcached.sh"

usage() {
    sed -n '2,19s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
    exit 2
}

while (($#)); do
    case $1 in
        --quick) export BENCH_QUICK=1 ;;
        --rounds) export BENCH_ROUNDS=${2:?}; shift ;;
        --target) export BENCH_TARGET=${2:?}; shift ;;
        --cpu) export BENCH_CPU=${2:?}; shift ;;
        --clients) export BENCH_CLIENTS=${2:?}; shift ;;
        --ops) export BENCH_OPS=${2:?}; shift ;;
        --out) export BENCH_OUT=${2:?}; shift ;;
        --json) export BENCH_JSON=${2:?}; shift ;;
        -h | --help) usage ;;
        *) echo "run.sh: unknown argument $1" >&2; usage ;;
    esac
    shift
done

# CPU 1 rather than 0: CPU 0 takes more of the machine's interrupts and housekeeping.
if [[ -z ${BENCH_CPU:-} ]]; then
    if (($(nproc) >= 2)); then BENCH_CPU=1; else BENCH_CPU=0; fi
fi
export BENCH_CPU
PIN=()
if [[ $BENCH_CPU != none ]]; then
    command -v taskset >/dev/null 2>&1 || { echo "run.sh: taskset not found (util-linux)" >&2; exit 1; }
    PIN=(taskset -c "$BENCH_CPU")
fi
export BENCH_MODULE=${BENCH_MODULE:-$ROOT/modules/php_memcache.so}
[[ -f $BENCH_MODULE ]] || { echo "run.sh: $BENCH_MODULE not found (make build)" >&2; exit 1; }

# Three daemons with default settings (64 MB, 1 MiB items, 4 threads), pinned like the clients. Retries with
# new ports when one could not bind.
bench_start() {
    local attempt ports port endpoints user=()
    command -v "$MC_MEMCACHED" >/dev/null 2>&1 || { echo "memcached not found (run scripts/deps.sh)" >&2; return 1; }
    [[ $(id -u) -eq 0 ]] && user=(-u root)
    MC_DIR=$(mktemp -d "${TMPDIR:-/tmp}/php_memcache_bench.XXXXXX") || return 1
    for attempt in 1 2 3 4 5; do
        MC_PIDS=()
        endpoints=()
        ports=($(mc_free_ports 3)) || return 1
        for port in "${ports[@]}"; do
            # shellcheck disable=SC2086  # BENCH_MEMCACHED_ARGS is a list of options
            "${PIN[@]}" "$MC_MEMCACHED" "${user[@]}" -l 127.0.0.1 -p "$port" -U 0 ${BENCH_MEMCACHED_ARGS:-} \
                >"$MC_DIR/mc$port.log" 2>&1 &
            MC_PIDS+=($!)
            endpoints+=("tcp:$port")
        done
        if mc_wait_ready 10 "${endpoints[@]}"; then
            BENCH_PORTS=$(IFS=,; echo "${ports[*]}")
            export BENCH_PORTS
            return 0
        fi
        cat "$MC_DIR"/*.log >&2
        mc_stop_daemons
        echo "memcached did not start (attempt $attempt), retrying on other ports" >&2
    done
    return 1
}

# A fourth daemon, with TLS: a CA and a server certificate (P-256, SANs 127.0.0.1 and localhost) made now in
# the private directory, a TLS listener and a plaintext one (notls:, only to see that it is up). Exports
# BENCH_TLS=PORT:CAFILE. Without openssl or memcached -Z the benchmark runs without its TLS rows.
bench_tls_start() {
    local d=$MC_DIR/tls ports user=() attempt
    command -v openssl >/dev/null 2>&1 || { echo "bench: no openssl CLI: no TLS rows" >&2; return 0; }
    [[ $("$MC_MEMCACHED" -h 2>&1) == *--enable-ssl* ]] || { echo "bench: memcached without TLS: no TLS rows" >&2; return 0; }
    [[ $(id -u) -eq 0 ]] && user=(-u root)
    mkdir -p "$d" || return 1
    local ec=(-newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes)
    openssl req -x509 "${ec[@]}" -keyout "$d/ca.key" -out "$d/ca.pem" -days 2 -subj "/CN=bench CA" \
        -addext basicConstraints=critical,CA:TRUE >/dev/null 2>&1 &&
        openssl req "${ec[@]}" -keyout "$d/server.key" -out "$d/server.csr" -subj /CN=localhost >/dev/null 2>&1 &&
        printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n' >"$d/server.ext" &&
        openssl x509 -req -in "$d/server.csr" -CA "$d/ca.pem" -CAkey "$d/ca.key" -CAcreateserial \
            -out "$d/server.pem" -days 2 -extfile "$d/server.ext" >/dev/null 2>&1 ||
        { echo "bench: could not make certificates" >&2; return 1; }
    for attempt in 1 2 3 4 5; do
        ports=($(mc_free_ports 2)) || return 1
        # shellcheck disable=SC2086
        "${PIN[@]}" "$MC_MEMCACHED" "${user[@]}" -Z -o "ssl_chain_cert=$d/server.pem,ssl_key=$d/server.key" \
            -l "127.0.0.1:${ports[0]}" -l "notls:127.0.0.1:${ports[1]}" -U 0 ${BENCH_MEMCACHED_ARGS:-} \
            >"$MC_DIR/mc-tls.log" 2>&1 &
        MC_PIDS+=($!)
        if mc_wait_ready 10 "tcp:${ports[1]}"; then
            export BENCH_TLS="${ports[0]}:$d/ca.pem"
            return 0
        fi
        cat "$MC_DIR/mc-tls.log" >&2
        kill -TERM "${MC_PIDS[-1]}" 2>/dev/null
        wait "${MC_PIDS[-1]}" 2>/dev/null
        unset 'MC_PIDS[-1]'
    done
    return 1
}

child=
trap mc_stop EXIT
trap '[[ -n $child ]] && kill -TERM "$child" 2>/dev/null; exit 130' INT
trap '[[ -n $child ]] && kill -TERM "$child" 2>/dev/null; exit 143' TERM
bench_start || exit 1
bench_tls_start || exit 1
# In the background so that a signal interrupts `wait` at once. The driver itself is not pinned: it only
# waits for its children.
"$PHP_BIN" -n "$ROOT/bench/run.php" &
child=$!
wait "$child"
exit $?
