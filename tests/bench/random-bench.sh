#!/bin/bash
# Runs the three builds of random_calls.c in turn, ROUNDS times, and reports for each size the
# minimum over every run of the per-run minimum (the figure that holds on a shared machine), the
# median of the medians, and the ratios that matter: libvrt against the floor (the vDSO function
# through a pointer) and the system call against libvrt, both measured in the same runs.
# Usage: random-bench.sh LIBVRT_BINARY GLIBC_BINARY MUSL_BINARY OUTPUT_MARKDOWN [ROUNDS]
set -euo pipefail
vrt=$1 glibc=$2 musl=$3 out=$4 rounds=${5:-5}
source "$(dirname "$0")/runs.sh"
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
