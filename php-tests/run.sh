#!/usr/bin/env bash
# Runs the phpt suite with PHP's run-tests.php against private memcached daemons.
#
#   php-tests/run.sh [RUN-TESTS ARGS...] [TESTS...]
#
# TESTS are files or directories (default: php-tests/). A bare area name such as `ops` means php-tests/ops.
# Other arguments go to run-tests.php as they are, e.g. `-d memcache.protocol=binary` or `-j2` (only for tests
# that do not flush). Environment:
#   PHPT_EXT     the extension to test (default: modules/php_memcache.so; `PHPT_EXT=memcache` runs the suite
#                against the C oracle)
#   PHP_CONFIG   php-config of the PHP to test with (default `php-config`; scripts/php-env.sh)
#   PHP_BIN      PHP binary for the tests (default: `php-config --php-binary`)
#   RUN_TESTS    path of run-tests.php (default: the one in that PHP's build directory)
#
# It starts two TCP memcached daemons and one on a unix socket on free loopback ports (scripts/memcached.sh),
# exports MEMCACHE_HOST MEMCACHE_PORT MEMCACHE_PORT2 MEMCACHE_SOCKET MEMCACHE_REFUSED_PORT (run-tests.php
# hands its environment to every test and SKIPIF section), and always stops the daemons at the end.
# Exit status: 0 only if no test FAILED, BORKED or LEAKED and at least one test ran.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$ROOT/scripts/php-env.sh"
EXT=${PHPT_EXT:-$ROOT/modules/php_memcache.so}
# A relative path (anything with a slash) is made absolute: the test processes need not share our directory.
[[ $EXT == */* && $EXT != /* ]] && EXT=$PWD/$EXT

[[ -x $PHP_BIN ]] || { echo "run.sh: $PHP_BIN not found (run scripts/deps.sh)" >&2; exit 1; }
[[ -f $RUN_TESTS ]] || { echo "run.sh: run-tests.php not found (install php$PHP_VERSION-dev: scripts/deps.sh)" >&2; exit 1; }
if [[ $EXT == */* && ! -f $EXT ]]; then
    echo "run.sh: $EXT not found; build it with: make build" >&2
    exit 1
fi

# Every test would be skipped ("memcache extension not loaded") if the extension cannot load, and a suite
# of skips must not look like a pass: check first, and show PHP's own message.
load_check=$("$PHP_BIN" -n -d display_startup_errors=1 -d "extension=$EXT" \
    -r 'echo extension_loaded("memcache") ? "ok" : "not loaded";' 2>&1)
if [[ $load_check != ok ]]; then
    echo "run.sh: the extension $EXT does not load:" >&2
    echo "$load_check" >&2
    exit 1
fi

# Split the arguments into run-tests options and test paths.
opts=() tests=()
while (($#)); do
    case $1 in
        -d | -l | -r | -w | -a | -W | -c | -g | -M | -p | -s | --temp-source | --temp-target | --temp-urlbase | \
            --set-timeout | --context | --show-slow)
            opts+=("$1" "${2:-}"); shift 2 || shift ;;   # options that take a separate value
        -*) opts+=("$1"); shift ;;
        *)
            if [[ ! -e $1 && -e $ROOT/php-tests/$1 ]]; then tests+=("$ROOT/php-tests/$1"); else tests+=("$1"); fi
            shift ;;
    esac
done
((${#tests[@]})) || tests=("$ROOT/php-tests")

. "$ROOT/scripts/memcached.sh"
log= rt_pid= tail_pid=
cleanup() {
    [[ -n $rt_pid ]] && kill -TERM "$rt_pid" 2>/dev/null
    [[ -n $tail_pid ]] && kill -TERM "$tail_pid" 2>/dev/null
    mc_stop
    [[ -n $log ]] && rm -f "$log"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mc_start || { echo "run.sh: could not start memcached" >&2; exit 1; }
echo "memcached: tcp $MEMCACHE_HOST:$MEMCACHE_PORT and :$MEMCACHE_PORT2, unix $MEMCACHE_SOCKET;" \
    "refused port $MEMCACHE_REFUSED_PORT"
echo "extension: $EXT"

# run-tests.php runs in the background, so that INT/TERM reach this script's traps at once instead of after
# the whole suite; its output goes to a log (parsed below) and is shown as it comes by tail.
# REPORT_EXIT_STATUS=1: run-tests.php exits 1 on FAILED/BORKED/LEAKED (it would not if this were 0/no), but
# the summary is what decides. NO_INTERACTION=1: never prompt (also implied by -q).
log=$(mktemp "${TMPDIR:-/tmp}/php_memcache_phpt.XXXXXX")
# run-tests.php colours its output and redraws a progress line even when it is not writing to a terminal.
[[ -t 1 ]] || opts=(--no-color --no-progress "${opts[@]}")
TEST_PHP_EXECUTABLE=$PHP_BIN REPORT_EXIT_STATUS=1 NO_INTERACTION=1 \
    "$PHP_BIN" -n "$RUN_TESTS" -q -n -d "extension=$EXT" --show-diff "${opts[@]}" "${tests[@]}" \
    </dev/null >"$log" 2>&1 &
rt_pid=$!
tail -n +1 -s 0.2 -f --pid="$rt_pid" "$log" &
tail_pid=$!
wait "$rt_pid"
rt_status=$?
rt_pid=
wait "$tail_pid"
tail_pid=

# The summary block looks like "Tests failed    :    0 (  0.0%) (  0.0%)". Borked and leaked lines only appear
# when non-zero.
count() { sed -n "s/^$1 *: *\([0-9][0-9]*\).*/\1/p" "$log" | tail -n 1; }
total=$(count 'Number of tests')
failed=$(count 'Tests failed')
borked=$(count 'Tests borked')
leaked=$(count 'Tests leaked')
skipped=$(count 'Tests skipped')
passed=$(count 'Tests passed')
if [[ -z $total || -z $failed || -z $passed ]]; then
    echo "run.sh: no run-tests.php summary found (status $rt_status)" >&2
    exit 1
fi
failed=${failed:-0} borked=${borked:-0} leaked=${leaked:-0} skipped=${skipped:-0}
echo "phpt: $passed passed, $failed failed, $borked borked, $leaked leaked, $skipped skipped ($total tests)"

if ((failed + borked + leaked > 0)); then
    exit 1
fi
if ((passed == 0)); then
    echo "run.sh: no test ran (all $total skipped or none found)" >&2
    exit 1
fi
if ((rt_status != 0)); then
    echo "run.sh: run-tests.php exited with status $rt_status" >&2
    exit 1
fi
exit 0
