#!/bin/bash
# The vrt-init benchmark: stripped size, and the round trip of starting an init that runs a
# trivial static child and waiting for it (fork + exec of the init, its fork/vfork + exec of the
# child, the reaping, both exits), against the same child started directly. Figures, never
# pass/fail. Every init runs with -s (subreaper), as it would when not PID 1.
# Usage: init-bench.sh SPAWN_LATENCY CHILD OUTPUT_MARKDOWN NAME=INIT_BINARY...
set -euo pipefail
spawn=$1 child=$2 out=$3
shift 3
samples=500 rounds=5
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# median_of ARGS...: the median of the medians over interleaved rounds, in ns
median_of() {
    local r
    for ((r = 0; r < rounds; r++)); do "$spawn" $samples "$@"; done | awk '{ print $1 }' | sort -n |
        awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}
us() { awk -v t="$1" 'BEGIN { printf "%.0f", t / 1000 }'; }

direct=$(median_of "$child")
{
    echo "| init | stripped size (bytes) | init + child round trip (µs) | over the child alone (µs) |"
    echo "|---|---|---|---|"
    for entry in "$@"; do
        name=${entry%%=*} binary=${entry#*=}
        strip -o "$work/stripped" "$binary"
        size=$(stat -c %s "$work/stripped")
        total=$(median_of "$binary" -s -- "$child")
        echo "| $name | $size | $(us "$total") | $(us $((total - direct))) |"
    done
    echo
    echo "Median of $rounds runs of the median of $samples round trips each; the child alone takes"
    echo "$(us "$direct") µs. Child: a static libvrt program that exits 0."
} | tee "$out"
