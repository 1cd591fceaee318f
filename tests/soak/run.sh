#!/usr/bin/env bash
# Bounded soak test on loopback (not part of `make test`).
#
#   tests/soak/run.sh
#
# Starts one private memcached and `php -S` with PHP_CLI_SERVER_WORKERS=3 serving tests/soak/worker.php (one
# memcache operation per request over pconnect: set / get / increment / delete / multi-get), drives it with
# SOAK_CLIENTS concurrent client loops (tests/soak/client.php) for SOAK_SECONDS, and meanwhile SIGKILLs memcached
# and restarts it on the same port twice. At the end (tests/soak/analyze.php) it checks: no HTTP 5xx and no
# php -S worker died; every acknowledged write was readable (by later gets in the same daemon incarnation, and a
# final pass over the keys acknowledged after the last restart); calls during an outage returned false; requests
# after each restart succeed again. Last line:
#   soak: <requests> requests, <false> false during outages, <lost> lost writes, <5xx> server errors, restarts 2
# Exit 0 if all is well, 1 on a problem. Environment: SOAK_EXT (module, default modules/php_memcache.so),
# SOAK_SECONDS (default 30), SOAK_CLIENTS (default 4), PHP_BIN (default php), SOAK_KEEP=1 (keep the log dir).
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE=$ROOT/tests/soak
PHP_BIN=${PHP_BIN:-php}
EXT=${SOAK_EXT:-$ROOT/modules/php_memcache.so}
[[ $EXT != /* && $EXT != memcache ]] && EXT=$PWD/$EXT
SECONDS_TOTAL=${SOAK_SECONDS:-30}
CLIENTS=${SOAK_CLIENTS:-4}
RESTARTS=2

DIR=$(mktemp -d /tmp/soak.XXXXXX)
MC_PID=
SRV_PID=
CLIENT_PIDS=()

WORKER_PIDS=

cleanup() {
    local p pids
    # php -S does not pass SIGTERM on to its forked workers: stop them by pid (the ones seen at start and any
    # current children of the master), then the master.
    pids="${CLIENT_PIDS[*]} $WORKER_PIDS"
    [[ -n $SRV_PID ]] && pids="$pids $(pgrep -P "$SRV_PID" | tr '\n' ' ') $SRV_PID"
    pids="$pids $MC_PID"
    for p in $pids; do
        kill "$p" 2>/dev/null
    done
    for p in $pids; do
        wait "$p" 2>/dev/null
        # workers are not our children, so `wait` does not wait for them
        for _ in $(seq 40); do kill -0 "$p" 2>/dev/null || break; sleep 0.05; done
    done
    if [[ ${SOAK_KEEP:-0} == 1 ]]; then echo "soak: logs kept in $DIR"; else rm -rf "$DIR"; fi
}
trap cleanup EXIT
trap 'exit 1' INT TERM

free_ports() {
    "$PHP_BIN" -n -r '$s = []; for ($i = 0; $i < 2; $i++) { $s[] = $x = stream_socket_server("tcp://127.0.0.1:0");
        echo explode(":", stream_socket_get_name($x, false))[1], "\n"; }'
}
wait_port() { # wait until something accepts on 127.0.0.1:$1
    local i
    for i in $(seq 100); do
        "$PHP_BIN" -n -r 'exit(@stream_socket_client("tcp://127.0.0.1:'"$1"'", $e, $s, 0.2) ? 0 : 1);' && return 0
        sleep 0.05
    done
    return 1
}
set_epoch() { echo "$1" >"$DIR/epoch.tmp" && mv "$DIR/epoch.tmp" "$DIR/epoch"; }
start_mc() {
    local user=()
    [[ $(id -u) == 0 ]] && user=(-u root)
    memcached "${user[@]}" -l 127.0.0.1 -p "$MC_PORT" -U 0 -m 64 >>"$DIR/memcached.log" 2>&1 &
    MC_PID=$!
    wait_port "$MC_PORT" || { echo "soak: memcached did not start on $MC_PORT"; exit 1; }
}

mapfile -t PORTS < <(free_ports)
MC_PORT=${PORTS[0]}
HTTP_PORT=${PORTS[1]}
if [[ $EXT == memcache ]]; then EXTARG=(-d extension=memcache); else EXTARG=(-d "extension=$EXT"); fi

start_mc
set_epoch "up 0"
PHP_CLI_SERVER_WORKERS=3 "$PHP_BIN" -n "${EXTARG[@]}" -S "127.0.0.1:$HTTP_PORT" "$HERE/worker.php" \
    >"$DIR/server.log" 2>&1 &
SRV_PID=$!
wait_port "$HTTP_PORT" || { echo "soak: php -S did not start"; cat "$DIR/server.log"; exit 1; }
sleep 0.3
WORKER_PIDS=$(pgrep -P "$SRV_PID" | sort | tr '\n' ' ')
echo "soak: memcached 127.0.0.1:$MC_PORT, php -S 127.0.0.1:$HTTP_PORT (master $SRV_PID, workers $WORKER_PIDS), $CLIENTS clients, ${SECONDS_TOTAL}s, ext $EXT"

URL="http://127.0.0.1:$HTTP_PORT/"
DEADLINE=$(( $(date +%s) + SECONDS_TOTAL ))
for i in $(seq "$CLIENTS"); do
    "$PHP_BIN" -n "$HERE/client.php" "$i" "$URL" "$MC_PORT" "$DIR/epoch" "$DIR/client$i.log" "$DEADLINE" \
        2>"$DIR/client$i.err" &
    CLIENT_PIDS+=($!)
done

# Restarts at 1/3 and 2/3 of the run. The epoch file reads "killing e" from just before the SIGKILL until the
# daemon is gone, "down e" during the ~2 s outage, "starting e" while the new daemon starts, "up e" once it
# accepts connections. Only requests that ran entirely within one "down" or one "up" epoch are judged.
START=$(( DEADLINE - SECONDS_TOTAL ))
for e in $(seq "$RESTARTS"); do
    sleep $(( START + e * SECONDS_TOTAL / (RESTARTS + 1) - 1 - $(date +%s) ))
    set_epoch "killing $e"
    kill -KILL "$MC_PID"
    wait "$MC_PID" 2>/dev/null
    set_epoch "down $e"
    sleep 2
    set_epoch "starting $e"
    start_mc
    set_epoch "up $e"
    echo "soak: restart $e done (memcached pid $MC_PID)"
done

rc=0
for p in "${CLIENT_PIDS[@]}"; do
    wait "$p" || { echo "soak: client $p exited with $?"; rc=1; }
done
CLIENT_PIDS=()
for f in "$DIR"/client*.err; do
    [[ -s $f ]] && { echo "soak: client stderr ($f):"; head -5 "$f"; rc=1; }
done

NOW_WORKERS=$(pgrep -P "$SRV_PID" | sort | tr '\n' ' ')
if ! kill -0 "$SRV_PID" 2>/dev/null; then
    echo "soak: PROBLEM: php -S master died"; rc=1
elif [[ $NOW_WORKERS != "$WORKER_PIDS" ]]; then
    echo "soak: PROBLEM: php -S workers changed: were $WORKER_PIDS, now $NOW_WORKERS"; rc=1
fi
if grep -qiE 'segfault|fatal|terminated|signal' "$DIR/server.log"; then
    echo "soak: PROBLEM: in php -S log:"; grep -iE 'segfault|fatal|terminated|signal' "$DIR/server.log" | head -5; rc=1
fi

"$PHP_BIN" -n "$HERE/analyze.php" "$DIR" "$MC_PORT" "$RESTARTS" || rc=1
exit $rc
