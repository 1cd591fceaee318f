#!/usr/bin/env bash
# Private memcached daemons on free loopback ports, for the phpt suite and the demo.
#
#   scripts/memcached.sh [--single] [--] COMMAND [ARG...]
#
# Starts the daemons, exports where they listen, runs COMMAND, stops the daemons (always: also when COMMAND
# fails or the script is interrupted) and exits with COMMAND's status. Exported:
#
#   MEMCACHE_HOST          127.0.0.1
#   MEMCACHE_PORT          first TCP daemon
#   MEMCACHE_PORT2         second TCP daemon                 (not with --single)
#   MEMCACHE_SOCKET        path of a unix-socket daemon      (not with --single)
#   MEMCACHE_REFUSED_PORT  a free loopback port where nothing listens
#
# Ports are chosen at run time by binding port 0, so several runs can go on side by side. The daemons run in
# the foreground as children of this script (no -d), so their pids are known without pid files.
#
# Sourcing this file (`. scripts/memcached.sh`) only defines the functions mc_start and mc_stop, for scripts
# that install their own traps (php-tests/run.sh does).

# PHP_BIN (from php-config unless set): mc_free_ports runs a small PHP script.
. "$(dirname "${BASH_SOURCE[0]}")/php-env.sh"
MC_PHP=$PHP_BIN
MC_MEMCACHED=${MEMCACHED_BIN:-memcached}
MC_PIDS=()
MC_DIR=

# Prints N distinct free TCP ports on 127.0.0.1, one per line. All N sockets stay bound until the last one is
# chosen, so the ports differ from each other.
mc_free_ports() {
    "$MC_PHP" -n -r '
        $socks = [];
        for ($i = 0; $i < (int)$argv[1]; $i++) {
            $s = stream_socket_server("tcp://127.0.0.1:0", $errno, $errstr);
            if (!$s) { fwrite(STDERR, "cannot bind a loopback port: $errstr\n"); exit(1); }
            $socks[] = $s;
            $name = stream_socket_get_name($s, false);
            echo substr($name, strrpos($name, ":") + 1), "\n";
        }' "$1"
}

# Waits until every endpoint ("tcp:PORT" or "unix:PATH") answers `version`. Gives up after $2 seconds.
mc_wait_ready() {
    "$MC_PHP" -n -r '
        $deadline = microtime(true) + (float)$argv[1];
        foreach (array_slice($argv, 2) as $ep) {
            [$kind, $where] = explode(":", $ep, 2);
            $url = $kind === "tcp" ? "tcp://127.0.0.1:$where" : "unix://$where";
            while (true) {
                $s = @stream_socket_client($url, $errno, $errstr, 0.5);
                if ($s) {
                    stream_set_timeout($s, 1);
                    fwrite($s, "version\r\n");
                    $line = (string)fgets($s);
                    fclose($s);
                    if (strncmp($line, "VERSION ", 8) === 0) break;
                }
                if (microtime(true) > $deadline) { fwrite(STDERR, "memcached at $url did not come up\n"); exit(1); }
                usleep(20000);
            }
        }' "$@"
}

# mc_start [--single]: starts the daemons and exports the MEMCACHE_* variables. Retries with new ports when a
# daemon could not bind (another process may take a port between choosing and binding it).
mc_start() {
    local single=0 attempt ports port port2 refused user=() pid alive
    [[ ${1:-} == --single ]] && single=1
    command -v "$MC_MEMCACHED" >/dev/null 2>&1 || { echo "memcached not found (run scripts/deps.sh)" >&2; return 1; }
    # memcached refuses to run as root unless told which user to be; the socket lives in our private dir.
    [[ $(id -u) -eq 0 ]] && user=(-u root)
    MC_DIR=$(mktemp -d "${TMPDIR:-/tmp}/php_memcache_mc.XXXXXX") || return 1

    for attempt in 1 2 3 4 5; do
        MC_PIDS=()
        ports=($(mc_free_ports 3)) || return 1
        port=${ports[0]} port2=${ports[1]} refused=${ports[2]}
        "$MC_MEMCACHED" "${user[@]}" -l 127.0.0.1 -p "$port" -U 0 >"$MC_DIR/tcp1.log" 2>&1 &
        MC_PIDS+=($!)
        local endpoints=("tcp:$port")
        if ((!single)); then
            "$MC_MEMCACHED" "${user[@]}" -l 127.0.0.1 -p "$port2" -U 0 >"$MC_DIR/tcp2.log" 2>&1 &
            MC_PIDS+=($!)
            rm -f "$MC_DIR/memcached.sock"
            "$MC_MEMCACHED" "${user[@]}" -s "$MC_DIR/memcached.sock" -a 0700 >"$MC_DIR/unix.log" 2>&1 &
            MC_PIDS+=($!)
            endpoints+=("tcp:$port2" "unix:$MC_DIR/memcached.sock")
        fi
        if mc_wait_ready 10 "${endpoints[@]}"; then
            export MEMCACHE_HOST=127.0.0.1 MEMCACHE_PORT=$port MEMCACHE_REFUSED_PORT=$refused
            if ((single)); then
                unset MEMCACHE_PORT2 MEMCACHE_SOCKET
            else
                export MEMCACHE_PORT2=$port2 MEMCACHE_SOCKET=$MC_DIR/memcached.sock
            fi
            return 0
        fi
        alive=0
        for pid in "${MC_PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && alive=$((alive + 1)); done
        cat "$MC_DIR"/*.log >&2
        mc_stop_daemons
        ((alive == ${#MC_PIDS[@]})) && break   # all running but not answering: retrying will not help
        echo "memcached did not start (attempt $attempt), retrying on other ports" >&2
    done
    return 1
}

# Stops the daemons started by mc_start (only those pids) and waits for them.
mc_stop_daemons() {
    local pid
    for pid in "${MC_PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${MC_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done   # memcached exits promptly on TERM
    MC_PIDS=()
}

# Stops the daemons and removes the private directory. Safe to call more than once.
mc_stop() {
    mc_stop_daemons
    [[ -n $MC_DIR ]] && rm -rf "$MC_DIR"
    MC_DIR=
}

# Executed (not sourced): wrap a command.
if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
    set -uo pipefail
    single=()
    [[ ${1:-} == --single ]] && { single=(--single); shift; }
    [[ ${1:-} == -- ]] && shift
    if (($# == 0)); then
        sed -n '2,13s/^# \{0,1\}//p' "$0" >&2
        exit 2
    fi
    child=
    trap mc_stop EXIT
    # The command runs in the background so that a signal interrupts `wait` at once; it is passed on.
    trap '[[ -n $child ]] && kill -TERM "$child" 2>/dev/null; exit 130' INT
    trap '[[ -n $child ]] && kill -TERM "$child" 2>/dev/null; exit 143' TERM
    mc_start "${single[@]}" || exit 1
    "$@" <&0 &
    child=$!
    wait "$child"
    exit $?
fi
