#!/usr/bin/env bash
# Benchmark: our extension against the C pecl/memcache, php-memcached (libmemcached) and a raw-socket client.
#
#   bench/run.sh [--quick] [--rounds N] [--target SECONDS] [--cpu N|none] [--clients LIST] [--ops LIST]
#                [--out FILE] [--json FILE]
#
# Starts three private memcached daemons on free loopback ports, pinned to one CPU, runs bench/run.php (which
# runs every measurement in its own `php -n` process pinned to the same CPU), prints its Markdown report and
# stops the daemons (also on failure or interrupt). Exits non-zero if a measurement failed.
#
#   --quick          a ~30 s smoke run (3 rounds, ~0.1 s per measurement); same as BENCH_QUICK=1
#   --rounds N       rounds (default 5); --target: seconds per measurement (default 0.3)
#   --cpu N|none     CPU for clients and daemons (default 1, or 0 on a single-CPU machine); none: no pinning
#   --clients LIST   subset of c,ours,meta,memcached,raw; --ops LIST: subset of the operations (see run.php)
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

child=
trap mc_stop EXIT
trap '[[ -n $child ]] && kill -TERM "$child" 2>/dev/null; exit 130' INT
trap '[[ -n $child ]] && kill -TERM "$child" 2>/dev/null; exit 143' TERM
bench_start || exit 1
# In the background so that a signal interrupts `wait` at once. The driver itself is not pinned: it only
# waits for its children.
"$PHP_BIN" -n "$ROOT/bench/run.php" &
child=$!
wait "$child"
exit $?
