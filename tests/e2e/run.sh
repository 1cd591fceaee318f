#!/usr/bin/env bash
# End-to-end test: the module inside a real nginx + php-fpm, against two memcached daemons, all on loopback.
#
#   tests/e2e/run.sh
#
# Starts, in a private temporary directory and on free 127.0.0.1 ports chosen at run time:
#   * two memcached daemons (scripts/memcached.sh);
#   * php-fpmX.Y (the PHP php-config names) with its own configuration (tests/e2e/php-fpm.conf): -n, so no php.ini and no conf.d file is read
#     and the C memcache extension cannot be loaded, plus -d extension=<our module>; a static pool of
#     $E2E_WORKERS workers on a unix socket;
#   * nginx with its own configuration (tests/e2e/nginx.conf) in the foreground, passing *.php to that socket;
#   * when the openssl CLI and a TLS-capable memcached are there, a third memcached with TLS (-Z; a CA and a
#     server certificate made with openssl; a TLS listener, and a plaintext notls: one for this script's stats).
# The system's nginx and php-fpm services and their configuration are not used or touched.
#
# Then it drives the pages in tests/e2e/www/ with curl (one cookie jar, 30 requests) and checks that
#   1. every page answers correctly, in a worker that runs our module (phpversion('memcache') === '8.2');
#   2. persistent connections are reused across requests: after a warm-up that makes every worker connect,
#      each daemon sees at most one connection per worker, and neither its curr_connections nor its
#      total_connections changes while the remaining requests run (read with `stats` over a connection of
#      this script's own, opened before anything else);
#   3. the session counter grows by one per request under one session id, survives flushing either daemon,
#      and is stored on both daemons;
#   4. no PHP error was logged and no worker died;
#   5. with the TLS daemon: a page that pconnect()s to tls://127.0.0.1 answers correctly, and that daemon's
#      connection counters do not move either (TLS connections reused across php-fpm requests).
# It always stops everything it started, and ends with the line `e2e: N passed, M failed`.
#
# Exit status: 0 if every check passed, 1 if one failed or the set-up broke, 77 if nginx or php-fpmX.Y is not
# installed (`make test` reports that as skipped). Environment: E2E_EXT (module to test, default
# modules/php_memcache.so), E2E_WORKERS (default 2), PHP_CONFIG, PHP_BIN, PHP_FPM (default php-fpmX.Y for the
# X.Y that php-config reports), NGINX (default
# nginx), E2E_KEEP=1 (keep the temporary directory with the logs).
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE=$ROOT/tests/e2e
. "$ROOT/scripts/php-env.sh"
PHP_FPM=${PHP_FPM:-php-fpm$PHP_VERSION}
NGINX=${NGINX:-nginx}
EXT=${E2E_EXT:-$ROOT/modules/php_memcache.so}
[[ $EXT != /* ]] && EXT=$PWD/$EXT
WORKERS=${E2E_WORKERS:-2}
# nginx and php-fpm are in sbin, which is not on every user's PATH.
PATH=$PATH:/usr/sbin:/sbin

if ! command -v "$NGINX" >/dev/null 2>&1 || ! command -v "$PHP_FPM" >/dev/null 2>&1; then
    echo "e2e: skipped: $NGINX and/or $PHP_FPM is not installed (scripts/deps.sh installs nginx and php$PHP_VERSION-fpm)"
    exit 77
fi
command -v curl >/dev/null 2>&1 || { echo "e2e: curl not found" >&2; exit 1; }
[[ -f $EXT ]] || { echo "e2e: $EXT not found; build it with: make build" >&2; exit 1; }

. "$ROOT/scripts/memcached.sh"

DIR= FPM_PID= NGINX_PID= STATS_FDS=()
passed=0 failed=0

# Stops a process started here (by pid): TERM, up to 5 s, then KILL; its children go with it either way.
stop_pid() {
    local pid=$1 i children
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null; return 0; }
    children=$(ps -o pid= --ppid "$pid" 2>/dev/null)
    kill -TERM "$pid" 2>/dev/null
    for ((i = 0; i < 50; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        echo "e2e: pid $pid did not stop on TERM; killing it" >&2
        kill -KILL "$pid" $children 2>/dev/null
    fi
    wait "$pid" 2>/dev/null
    return 0
}

cleanup() {
    local fd
    for fd in "${STATS_FDS[@]}"; do exec {fd}>&-; done
    STATS_FDS=()
    [[ -n $NGINX_PID ]] && stop_pid "$NGINX_PID"
    [[ -n $FPM_PID ]] && stop_pid "$FPM_PID"
    [[ -n ${TLS_PID:-} ]] && stop_pid "$TLS_PID"
    NGINX_PID= FPM_PID= TLS_PID=
    mc_stop
    if [[ -n $DIR ]]; then
        if [[ ${E2E_KEEP:-0} == 1 ]]; then echo "e2e: kept $DIR"; else rm -rf "$DIR"; fi
    fi
    DIR=
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

setup_failed() {
    echo "e2e: set-up failed: $*" >&2
    local log
    for log in "$DIR"/php-fpm.log "$DIR"/nginx-error.log "$DIR"/php-errors.log; do
        [[ -s $log ]] && { echo "--- $log" >&2; tail -n 20 "$log" >&2; }
    done
    echo "e2e: 0 passed, 1 failed"
    exit 1
}

pass() {
    passed=$((passed + 1))
    echo "ok   $*"
}

fail() {
    failed=$((failed + 1))
    echo "FAIL $*"
}

# check DESCRIPTION COMMAND...: one check, passed when COMMAND succeeds.
check() {
    local what=$1
    shift
    if "$@"; then pass "$what"; else fail "$what"; fi
}

# brief TEXT: TEXT on one line (lines joined with " | "), cut to 300 characters: for failure messages.
brief() {
    local text
    text=$(printf '%s' "$1" | sed '/^[[:space:]]*$/d' | paste -sd '|' - | sed 's/|/ | /g')
    ((${#text} > 300)) && text="${text:0:300}..."
    printf '%s' "$text"
}

# Fills a template: @DIR@, @WWW@, @PORT@ (nginx), @PORT1@/@PORT2@ (memcached), @TLSPORT@ (0: none) and
# @TLSCA@, @WORKERS@, @USER@.
render() {
    local user=
    # As root, nginx would switch its worker to `nobody`, which cannot reach the socket in our private directory.
    [[ $(id -u) -eq 0 ]] && user='user root root;'
    sed -e "s|@DIR@|$DIR|g" -e "s|@WWW@|$HERE/www|g" -e "s|@PORT@|${NGINX_PORT:-}|g" \
        -e "s|@PORT1@|$MEMCACHE_PORT|g" -e "s|@PORT2@|$MEMCACHE_PORT2|g" -e "s|@WORKERS@|$WORKERS|g" \
        -e "s|@TLSPORT@|$TLS_PORT|g" -e "s|@TLSCA@|$DIR/tls/ca.pem|g" \
        -e "s|@USER@|$user|g" "$1" >"$2"
}

# --- memcached, and this script's own stats connections -----------------------------------------------------

DIR=$(mktemp -d "${TMPDIR:-/tmp}/php_memcache_e2e.XXXXXX") || { echo "e2e: mktemp failed" >&2; exit 1; }
mc_start || setup_failed "memcached did not start"
exec {FD1}<>"/dev/tcp/127.0.0.1/$MEMCACHE_PORT" || setup_failed "cannot connect to memcached"
exec {FD2}<>"/dev/tcp/127.0.0.1/$MEMCACHE_PORT2" || setup_failed "cannot connect to memcached"
STATS_FDS=("$FD1" "$FD2")

# mc_cmd FD COMMAND: sends COMMAND on FD and prints the reply's lines (without CR) up to END, OK or an error.
mc_cmd() {
    local fd=$1 line
    printf '%s\r\n' "$2" >&"$fd"
    while IFS= read -r -t 5 -u "$fd" line; do
        line=${line%$'\r'}
        echo "$line"
        [[ $line == END || $line == OK || $line == *ERROR* ]] && return 0
    done
    echo "no reply to '$2'" >&2
    return 1
}

# conns FD: prints "curr_connections total_connections" of the daemon behind FD.
conns() {
    mc_cmd "$1" stats | awk '$2 == "curr_connections" { c = $3 } $2 == "total_connections" { t = $3 }
        END { print c + 0, t + 0 }'
}

read -r curr1_before _ <<<"$(conns "$FD1")"
read -r curr2_before _ <<<"$(conns "$FD2")"

# The TLS daemon (TLS_PORT=0 when openssl or memcached -Z is missing: its checks are then skipped).
TLS_PORT=0 TLS_PID= FD3=
tls_start() {
    local d=$DIR/tls ports user=() ec=(-newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes)
    command -v openssl >/dev/null 2>&1 || return 1
    [[ $("$MC_MEMCACHED" -h 2>&1) == *--enable-ssl* ]] || return 1
    [[ $(id -u) -eq 0 ]] && user=(-u root)
    mkdir -p "$d" &&
        openssl req -x509 "${ec[@]}" -keyout "$d/ca.key" -out "$d/ca.pem" -days 2 -subj "/CN=e2e CA" \
            -addext basicConstraints=critical,CA:TRUE >/dev/null 2>&1 &&
        openssl req "${ec[@]}" -keyout "$d/server.key" -out "$d/server.csr" -subj /CN=localhost >/dev/null 2>&1 &&
        printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n' >"$d/server.ext" &&
        openssl x509 -req -in "$d/server.csr" -CA "$d/ca.pem" -CAkey "$d/ca.key" -CAcreateserial \
            -out "$d/server.pem" -days 2 -extfile "$d/server.ext" >/dev/null 2>&1 || return 1
    ports=($(mc_free_ports 2)) || return 1
    "$MC_MEMCACHED" "${user[@]}" -Z -o "ssl_chain_cert=$d/server.pem,ssl_key=$d/server.key" \
        -l "127.0.0.1:${ports[0]}" -l "notls:127.0.0.1:${ports[1]}" -U 0 >"$DIR/memcached-tls.log" 2>&1 </dev/null &
    TLS_PID=$!
    mc_wait_ready 10 "tcp:${ports[1]}" || return 1
    exec {FD3}<>"/dev/tcp/127.0.0.1/${ports[1]}" || return 1
    STATS_FDS+=("$FD3")
    TLS_PORT=${ports[0]}
    read -r curr3_before _ <<<"$(conns "$FD3")"
}
if ! tls_start; then
    [[ -n $TLS_PID ]] && stop_pid "$TLS_PID"
    TLS_PID= TLS_PORT=0
    echo "e2e: no TLS daemon (openssl CLI or memcached -Z missing): the TLS checks are skipped"
fi

# --- php-fpm and nginx ---------------------------------------------------------------------------------------

render "$HERE/php-fpm.conf" "$DIR/php-fpm.conf"
fpm_args=(-n -F -y "$DIR/php-fpm.conf" -d "extension=$EXT")
[[ $(id -u) -eq 0 ]] && fpm_args+=(-R)
env -u PHP_INI_SCAN_DIR -u NOTIFY_SOCKET "$PHP_FPM" "${fpm_args[@]}" >"$DIR/php-fpm.out" 2>&1 </dev/null &
FPM_PID=$!

for attempt in 1 2 3 4 5; do
    NGINX_PORT=$(mc_free_ports 1) || setup_failed "no free port"
    render "$HERE/nginx.conf" "$DIR/nginx.conf"
    : >"$DIR/nginx-error.log"
    "$NGINX" -p "$DIR/" -e "$DIR/nginx-error.log" -c "$DIR/nginx.conf" >"$DIR/nginx.out" 2>&1 </dev/null &
    NGINX_PID=$!
    ready=0
    for ((i = 0; i < 100; i++)); do
        kill -0 "$NGINX_PID" 2>/dev/null || break
        if [[ $(curl -s --max-time 2 "http://127.0.0.1:$NGINX_PORT/ready" 2>/dev/null) == ready ]]; then
            ready=1
            break
        fi
        sleep 0.05
    done
    ((ready)) && break
    stop_pid "$NGINX_PID"
    NGINX_PID=
    # Another process may have taken the port between choosing and binding it: try another one.
    grep -q 'Address already in use' "$DIR/nginx-error.log" 2>/dev/null || break
done
[[ -n $NGINX_PID ]] || setup_failed "nginx did not start"

for ((i = 0; i < 100; i++)); do
    [[ -S $DIR/php-fpm.sock ]] && break
    kill -0 "$FPM_PID" 2>/dev/null || break
    sleep 0.05
done
[[ -S $DIR/php-fpm.sock ]] || setup_failed "php-fpm did not start"
echo "e2e: nginx on 127.0.0.1:$NGINX_PORT, php-fpm ($WORKERS workers) on $DIR/php-fpm.sock," \
    "memcached on :$MEMCACHE_PORT and :$MEMCACHE_PORT2${TLS_PID:+ and TLS on :$TLS_PORT}; module $EXT"

# --- requests ------------------------------------------------------------------------------------------------

JAR=$DIR/cookies.txt

# get [--no-cookies] PATH: prints the response body; fails on a transport error or an HTTP status other than
# 200. The cookie jar carries the session from one request to the next (concurrent requests go without it).
get() {
    local jar=(-b "$JAR" -c "$JAR")
    [[ $1 == --no-cookies ]] && { jar=(); shift; }
    curl -sS --max-time 15 "${jar[@]}" --fail-with-body "http://127.0.0.1:$NGINX_PORT/$1" 2>&1
}

# 1. The module: ours, not the C extension, and no ini file read.
body=$(get info.php)
want="info memcache='8.2' ini=none scanned=none save_handler=memcache"
if [[ $body == "$want" ]]; then pass "info.php: $body"; else fail "info.php: got '$(brief "$body")', want '$want'"; fi

# Warm-up: WORKERS concurrent requests held at a barrier, so that every worker serves one and connects.
declare -A worker_pids=()
warm_ok=0
for round in 1 2 3; do
    warm_jobs=()
    for ((w = 0; w < WORKERS; w++)); do
        get --no-cookies "warm.php?round=$round&n=$WORKERS" >"$DIR/warm.$w" &
        warm_jobs+=($!)
    done
    wait "${warm_jobs[@]}"
    worker_pids=()
    warm_ok=1
    for ((w = 0; w < WORKERS; w++)); do
        body=$(<"$DIR/warm.$w")
        if [[ $body =~ ^warm\ ok\ pid=([0-9]+)$ ]]; then worker_pids[${BASH_REMATCH[1]}]=1; else warm_ok=0; fi
    done
    ((warm_ok && ${#worker_pids[@]} == WORKERS)) && break
    echo "e2e: warm-up round $round: $(brief "$(cat "$DIR"/warm.*)")" >&2
done
if ((warm_ok && ${#worker_pids[@]} == WORKERS)); then
    pass "warm-up: $WORKERS concurrent requests served by $WORKERS workers (pids ${!worker_pids[*]})"
else
    fail "warm-up: $(brief "$(cat "$DIR"/warm.*)")"
fi

# 2. Connections after the warm-up: at most one per worker and daemon.
read -r curr1 total1 <<<"$(conns "$FD1")"
read -r curr2 total2 <<<"$(conns "$FD2")"
curr3=- total3=-
if ((TLS_PORT)); then
    read -r curr3 total3 <<<"$(conns "$FD3")"
    check "TLS daemon: $((curr3 - curr3_before)) TLS connections from $WORKERS workers after warm-up" \
        test $((curr3 - curr3_before)) -ge 1 -a $((curr3 - curr3_before)) -le "$WORKERS"
fi
check "daemon 1: $((curr1 - curr1_before)) connections from $WORKERS workers after warm-up" \
    test $((curr1 - curr1_before)) -ge 1 -a $((curr1 - curr1_before)) -le "$WORKERS"
check "daemon 2: $((curr2 - curr2_before)) connections from $WORKERS workers after warm-up" \
    test $((curr2 - curr2_before)) -ge 1 -a $((curr2 - curr2_before)) -le "$WORKERS"

# The main run: 27 requests cycling session, pool and pconnect pages (and tls.php with the TLS daemon). After
# each one, every daemon's connection counters are read again; they must not move. Daemon 1 is flushed after the 3rd session request
# and daemon 2 after the 6th: the session must live on (it is stored on both, and rewritten on both each time).
bad_pages=0 conn_moves=() sid= n_expected=0 session_bad=0 survived1=- survived2=- foreign_pid=
pages=(session.php pool.php pconnect.php)
((TLS_PORT)) && pages+=(tls.php)
tls_pages=0
for ((i = 1; i <= 27; i++)); do
    page=${pages[$(((i - 1) % ${#pages[@]}))]}
    [[ $page == session.php ]] || page+="?i=$i"
    [[ $page == tls.php* ]] && tls_pages=$((tls_pages + 1))
    body=$(get "$page")
    if [[ ! $body =~ ^[a-z]+\ ok.*\ pid=([0-9]+)$ ]]; then
        fail "request $i, $page: $(brief "$body")"
        bad_pages=$((bad_pages + 1))
    else
        [[ -n ${worker_pids[${BASH_REMATCH[1]}]:-} ]] || foreign_pid+=" ${BASH_REMATCH[1]}"
        if [[ $page == session.php ]]; then
            n_expected=$((n_expected + 1))
            if [[ $body =~ ^session\ ok\ n=([0-9]+)\ id=([^ ]+)\ pid= ]]; then
                [[ -z $sid ]] && sid=${BASH_REMATCH[2]}
                if [[ ${BASH_REMATCH[1]} != "$n_expected" || ${BASH_REMATCH[2]} != "$sid" ]]; then
                    session_bad=$((session_bad + 1))
                    echo "     request $i: $body (want n=$n_expected id=$sid)"
                fi
            fi
            [[ $survived1 == pending ]] && { [[ $body == *" n=$n_expected "* ]] && survived1=yes || survived1=no; }
            [[ $survived2 == pending ]] && { [[ $body == *" n=$n_expected "* ]] && survived2=yes || survived2=no; }
            if ((n_expected == 3)); then
                [[ $(mc_cmd "$FD1" flush_all) == OK ]] && survived1=pending
            elif ((n_expected == 6)); then
                [[ $(mc_cmd "$FD2" flush_all) == OK ]] && survived2=pending
            fi
        fi
    fi
    read -r c1 t1 <<<"$(conns "$FD1")"
    read -r c2 t2 <<<"$(conns "$FD2")"
    c3=- t3=-
    ((TLS_PORT)) && read -r c3 t3 <<<"$(conns "$FD3")"
    if [[ "$c1 $t1 $c2 $t2 $c3 $t3" != "$curr1 $total1 $curr2 $total2 $curr3 $total3" ]]; then
        conn_moves+=("after request $i ($page): daemon 1 curr/total $c1/$t1, daemon 2 $c2/$t2, TLS $c3/$t3")
    fi
done
((bad_pages == 0)) && pass "27 requests to ${pages[*]} answered correctly"
check "served only by the $WORKERS warmed-up workers (no new or respawned worker)" test -z "$foreign_pid"
if ((${#conn_moves[@]} == 0)); then
    pass "persistent connections reused: curr_connections ($curr1, $curr2) and total_connections" \
        "($total1, $total2) unchanged over 27 requests"
    ((TLS_PORT)) && pass "persistent TLS connections reused: the TLS daemon's curr_connections ($curr3) and" \
        "total_connections ($total3) unchanged over 27 requests ($tls_pages to tls.php)"
else
    fail "persistent connections: counters moved (were curr/total $curr1/$total1 and $curr2/$total2):"
    printf '     %s\n' "${conn_moves[@]:0:5}"
    ((${#conn_moves[@]} > 5)) && echo "     ... and after $((${#conn_moves[@]} - 5)) more requests"
fi

# 3. Sessions.
check "session: counter went 1..$n_expected under one id ($sid)" test "$session_bad" -eq 0 -a -n "$sid"
check "session survived flushing daemon 1" test "$survived1" == yes
check "session survived flushing daemon 2" test "$survived2" == yes
on_both=0
for fd in "$FD1" "$FD2"; do
    [[ -n $sid && $(mc_cmd "$fd" "get $sid") == *"n|i:$n_expected;"* ]] && on_both=$((on_both + 1))
done
check "session stored on both daemons (n=$n_expected)" test "$on_both" -eq 2
requests_total=$(grep -c '\.php' "$DIR/nginx-access.log")

# 4. No PHP error, no dead worker (checked before stopping php-fpm, whose own exit is logged).
php_errors=$(cat "$DIR/php-errors.log" 2>/dev/null)
deaths=$(grep -E 'exited on signal|exited with code|SIGSEGV|core dumped' "$DIR/php-fpm.log" 2>/dev/null)
check "no PHP error logged${php_errors:+ ($(wc -l <<<"$php_errors") lines): $(brief "$php_errors")}" \
    test -z "$php_errors"
check "no php-fpm worker died${deaths:+: $(brief "$deaths")}" test -z "$deaths"

cleanup
echo "e2e: $requests_total requests"
echo "e2e: $passed passed, $failed failed"
((failed == 0))
