#!/bin/bash
# Runs the three builds of time_calls.c in turn, ROUNDS times, and reports for each function the
# minimum over every run of the per-run minimum (the figure that holds on a shared machine), the
# median of the medians, and ratios to the floor measured in the same run.
# Usage: time-bench.sh LIBVRT_BINARY GLIBC_BINARY MUSL_BINARY OUTPUT_MARKDOWN [ROUNDS]
set -euo pipefail
vrt=$1 glibc=$2 musl=$3 out=$4 rounds=${5:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for ((r = 0; r < rounds; r++)); do
    "$vrt" >>"$work/libvrt"
    "$glibc" >>"$work/glibc"
    "$musl" >>"$work/musl"
done
# best <file> <name>: "min median" over the runs, in tenths of ns
best() {
    local rows min median
    rows=$(awk -v n="$2" '$1 == n' "$1")
    if [ -z "$rows" ]; then echo "- -"; return; fi
    min=$(awk '{ print $2 }' <<<"$rows" | sort -n | head -n 1)
    median=$(awk '{ print $3 }' <<<"$rows" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
    echo "$min $median"
}
ns() { awk -v t="$1" 'BEGIN { if (t == "-") print "-"; else printf "%.1f", t / 10 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2f", a / b }'; }
{
    echo "| function | vDSO pointer (floor) | libvrt | glibc static | musl static | libvrt / floor | glibc / floor | musl / floor |"
    echo "|---|---|---|---|---|---|---|---|"
    for f in clock_gettime gettimeofday time getcpu; do
        read -r fl _ < <(best "$work/libvrt" "floor:$f")
        read -r lv lvm < <(best "$work/libvrt" "$f")
        read -r gl glm < <(best "$work/glibc" "$f")
        read -r mu mum < <(best "$work/musl" "$f")
        echo "| $f | $(ns "$fl") | $(ns "$lv") | $(ns "$gl") | $(ns "$mu") | $(ratio "$lv" "$fl") | $(ratio "$gl" "$fl") | $(ratio "$mu" "$fl") |"
    done
    read -r sc _ < <(best "$work/libvrt" "syscall:clock_gettime")
    echo
    echo "ns per call, minimum over $rounds interleaved runs of 201 samples of 1000 calls each;"
    echo "clock_gettime is CLOCK_MONOTONIC; the raw system call costs $(ns "$sc") ns in the same run."
} | tee "$out"
