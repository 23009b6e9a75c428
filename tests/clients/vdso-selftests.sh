#!/usr/bin/env bash
# The clients tier's vDSO selftests: the kernel's tools/testing/selftests/vDSO/, from Debian's
# linux-source package, built unchanged (each as the selftests' Makefile builds it, -std=gnu99)
# with a libvrt compiler driver, then run natively.
#
#   tests/clients/vdso-selftests.sh <arch> <compiler driver> <out folder> [--build-only]
#
# Prints `PASS clients/<arch>/vdso-selftests/<test>`, `FAIL ...: <why>` or `SKIP ...: <why>`
# (kselftest's exit status 4, KSFT_SKIP: e.g. no vDSO under qemu-user, or the selftest's own
# parse_vdso.c cannot read a GNU-hash-only image, or the arch's vDSO lacks that function; the
# test's last line is the reason). With --build-only, only the build lines; the binaries stay in
# the out folder (the boot tier runs them on real kernels).
set -uo pipefail
(($# >= 3)) || { echo "usage: $0 ARCH VRT_CC OUT [--build-only]" >&2; exit 2; }
arch=$1 cc=$(realpath "$2") out=$3 build_only=${4:-}
label=clients/$arch/vdso-selftests
here=$(dirname "$(realpath "$0")")

# Each test and its sources, as tools/testing/selftests/vDSO/Makefile builds them.
tests=(vdso_test_gettimeofday vdso_test_getcpu vdso_test_abi vdso_test_clock_getres vdso_test_correctness)
declare -A sources=(
    [vdso_test_gettimeofday]="parse_vdso.c vdso_test_gettimeofday.c"
    [vdso_test_getcpu]="parse_vdso.c vdso_test_getcpu.c"
    [vdso_test_abi]="parse_vdso.c vdso_test_abi.c"
    [vdso_test_clock_getres]="vdso_test_clock_getres.c"
    [vdso_test_correctness]="vdso_test_correctness.c -ldl")

src=$("$here/fetch-sources.sh" vdso-selftests 2>"$out.fetch.log") || {
    echo "SKIP $label: the kernel's selftests could not be had: $(tail -n 1 "$out.fetch.log")"; exit 0; }
rm -rf "$out" && mkdir -p "$out"
out=$(realpath "$out")

built=()
for t in "${tests[@]}"; do
    # shellcheck disable=SC2086 # the sources are words
    if (cd "$src/vDSO" && "$cc" -std=gnu99 ${sources[$t]} -o "$out/$t") >"$out/$t.build.log" 2>&1; then
        built+=("$t")
        [[ -n $build_only ]] && echo "PASS $label/$t/build"
    else
        echo "FAIL $label/$t/build: $(grep -m 1 -E 'error|undefined reference' "$out/$t.build.log")"
    fi
done
[[ -n $build_only ]] && exit 0

for t in "${built[@]}"; do
    timeout 60 "$out/$t" >"$out/$t.log" 2>&1 </dev/null
    status=$?
    last=$(grep . "$out/$t.log" | tail -n 1)
    if ((status == 4)); then
        echo "SKIP $label/$t: $last"
    elif ((status != 0)); then
        echo "FAIL $label/$t: exit $status: $(grep -m 1 -E 'FAIL|fail|not ok' "$out/$t.log" || echo "$last")"
    elif grep -q -E '^\[FAIL\]|^not ok|: FAIL' "$out/$t.log"; then
        echo "FAIL $label/$t: exit 0, but it printed: $(grep -m 1 -E '^\[FAIL\]|^not ok|: FAIL' "$out/$t.log")"
    else
        echo "PASS $label/$t"
    fi
done
