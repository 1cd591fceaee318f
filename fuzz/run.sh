#!/usr/bin/env bash
# Runs every fuzz target for SECONDS (default 240) each, JOBS at a time (default 2), with libFuzzer's
# output in fuzz/logs/<target>.log. New inputs go to fuzz/corpus/<target>/ (minimise it afterwards,
# see README.md); crashes to fuzz/artifacts/<target>/. Needs nightly Rust and cargo-fuzz.
#
#   fuzz/run.sh [SECONDS] [TARGET...]
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
secs=${1:-240}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(ascii_decode binary_decode meta_decode value_decode stats_push_line session_save_path)
jobs=${JOBS:-2}
# Long enough for an ASCII line past protocol::MAX_LINE (8192) and a compressed value of a few KB.
declare -A max_len=([ascii_decode]=12000 [binary_decode]=4096 [meta_decode]=12000 [value_decode]=8192 [stats_push_line]=9000 [session_save_path]=512)

cargo +nightly fuzz build || exit 1
mkdir -p logs
rc=0
run() {
    local t=$1 seeds=()
    mkdir -p "corpus/$t"
    [[ -d seeds/$t ]] && seeds=("seeds/$t")
    cargo +nightly fuzz run "$t" "corpus/$t" "${seeds[@]}" -- \
        -max_total_time="$secs" -max_len="${max_len[$t]:-4096}" -timeout=10 -print_final_stats=1 \
        >"logs/$t.log" 2>&1
    local status=$?
    echo "$t: exit $status, $(grep -E '^(#[0-9]+[[:space:]]+DONE|stat::number_of_executed_units)' "logs/$t.log" | tr '\n' ' ')"
    return $status
}
for t in "${targets[@]}"; do
    while (($(jobs -rp | wc -l) >= jobs)); do wait -n || rc=1; done
    run "$t" &
done
while (($(jobs -rp | wc -l) > 0)); do wait -n || rc=1; done
exit $rc
