#!/usr/bin/env bash
# Checks the boot suite's judgement (tests/boot/suite.c) on this machine, with programs that are
# shell scripts: a manifest runs anywhere, and what the suite says of each case is compared with
# what it must say. Prints `PASS boot/suite-runner/<case>` or `FAIL ...: <what differed>`.
#
#   tests/boot/suite-selfcheck.sh <suite binary for this machine>
#
# Today: the known-defect record (exit 1 passes when every failed vrt-vdso check carries the
# tool's "known kernel defect" mark, each printed as a KNOWN line), and the cases it must not
# excuse.
set -uo pipefail
suite=$1
[[ -x $suite ]] || { echo "FAIL boot/suite-runner: $suite was not built"; exit 0; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# program <name> <exit status> <stdout lines...>: a script printing the lines, then exiting.
program() {
    local name=$1 status=$2
    shift 2
    { echo '#!/bin/sh'; for line; do printf 'echo "%s"\n' "$line"; done; echo "exit $status"; } >"$work/$name"
    chmod +x "$work/$name"
}
mark='known kernel defect: the vDSO answers for clocks the kernel lacks'
program known-only 1 'clock_getres-CLOCK_AUX0/verify: 1 failures (vDSO 1 ns, syscall error -22: '"$mark"')' \
    'clock_getres-CLOCK_AUX1/verify: 1 failures (vDSO 1 ns, syscall error -22: '"$mark"')' \
    'clock_gettime-CLOCK_MONOTONIC/verify: 0 failures' \
    'verify: 3 checks, 2 failed, 0 skipped, 2 failures in all: FAIL'
program one-unknown 1 'clock_getres-CLOCK_AUX0/verify: 1 failures (vDSO 1 ns, syscall error -22: '"$mark"')' \
    'clock_gettime-CLOCK_MONOTONIC/verify: 3 failures (went backwards)'
program no-failure-line 1 'clock_gettime-CLOCK_MONOTONIC/verify: 0 failures'
program clean 0 'clock_gettime-CLOCK_MONOTONIC/verify: 0 failures'

{
    echo "label host"
    for name in known-only one-unknown no-failure-line clean; do
        printf 'test %s %s\nknown-defect known kernel defect\nend\n' "$name" "$work/$name"
    done
    printf 'test unmarked %s\nend\n' "$work/known-only"
} >"$work/manifest"
"$suite" "$work/manifest" >"$work/out" 2>&1

# expect <case> <the suite's lines about it, in order>
expect() {
    local name=$1 got
    shift
    got=$(grep -E "^(PASS|FAIL|SKIP|KNOWN) host/$name(:| |$)" "$work/out" | sed -E 's/^(FAIL [^:]*):.*/\1/')
    if [[ $got == "$(printf '%s\n' "$@")" ]]; then
        echo "PASS boot/suite-runner/$name"
    else
        echo "FAIL boot/suite-runner/$name: the suite said: $(tr '\n' '|' <<<"$got")"
    fi
}
expect known-only "PASS host/known-only" \
    "KNOWN host/known-only: clock_getres-CLOCK_AUX0/verify: 1 failures (vDSO 1 ns, syscall error -22: $mark)" \
    "KNOWN host/known-only: clock_getres-CLOCK_AUX1/verify: 1 failures (vDSO 1 ns, syscall error -22: $mark)"
expect one-unknown "FAIL host/one-unknown"
expect no-failure-line "FAIL host/no-failure-line"
expect clean "PASS host/clean"
expect unmarked "FAIL host/unmarked"
if ! grep -q '^2 passed, 3 failed, 0 skipped$' "$work/out"; then
    echo "FAIL boot/suite-runner/summary: $(grep -E '^[0-9]+ passed' "$work/out")"
else
    echo "PASS boot/suite-runner/summary"
fi
