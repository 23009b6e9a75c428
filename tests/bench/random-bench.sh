#!/bin/bash
# Runs the three builds of random_calls.c in turn, ROUNDS times, and reports for each size the
# minimum over every run of the per-run minimum (the figure that holds on a shared machine), the
# median of the medians, and the ratios that matter: libvrt against the floor (the vDSO function
# through a pointer) and the system call against libvrt, both measured in the same runs.
# Usage: random-bench.sh LIBVRT_BINARY GLIBC_BINARY MUSL_BINARY OUTPUT_MARKDOWN [ROUNDS]
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
    echo "| getrandom | vDSO pointer (floor) | libvrt | system call | glibc static | musl static | libvrt / floor | system call / libvrt |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|"
    for n in 4 16 256; do
        read -r fl _ < <(best "$work/libvrt" "floor:$n")
        read -r lv _ < <(best "$work/libvrt" "getrandom:$n")
        read -r sc _ < <(best "$work/libvrt" "syscall:$n")
        read -r gl _ < <(best "$work/glibc" "getrandom:$n")
        read -r mu _ < <(best "$work/musl" "getrandom:$n")
        echo "| $n bytes | $(ns "$fl") | $(ns "$lv") | $(ns "$sc") | $(ns "$gl") | $(ns "$mu") | $(ratio "$lv" "$fl") | $(ratio "$sc" "$lv") |"
    done
    echo
    read -r _ size prot flags < <(grep -m 1 '^state ' "$work/libvrt" || echo "state - - -")
    echo "ns per call, minimum over $rounds interleaved runs of 201 samples of 1000 calls each."
    echo "The vDSO asked for a state of $size bytes, mapped with prot $prot and flags $flags."
} | tee "$out"
