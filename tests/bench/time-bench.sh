#!/bin/bash
# Runs the three builds of time_calls.c in turn, ROUNDS times, and reports for each function the
# minimum over every run of the per-run minimum (the figure that holds on a shared machine), the
# median of the medians, and ratios to the floor measured in the same run.
# Usage: time-bench.sh LIBVRT_BINARY GLIBC_BINARY MUSL_BINARY OUTPUT_MARKDOWN [ROUNDS]
set -euo pipefail
vrt=$1 glibc=$2 musl=$3 out=$4 rounds=${5:-5}
source "$(dirname "$0")/runs.sh"
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
