#!/bin/bash
# Prove the harness on every arch: build hello-init.c with each Debian cross compiler against
# static glibc, run it under qemu-user, then boot it as /init on each Debian kernel that exists
# (both generations, plus the compat pairs), and print a table of boot times.
#
#   tests/multiarch/selftest.sh [arch...]       (default: all nine; output in build/multiarch/)
#
# Needs install-toolchains.sh first; downloads the kernels it boots (fetch-kernel.sh caches them).
# Ends with the closing line "N passed, M failed".
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${SELFTEST_OUT:-build/multiarch}
# all_arches, triple, kernel_gens, also_on: the one table of architectures.
. "$here/../architectures.sh"
(($#)) || set -- "${all_arches[@]}"

mkdir -p "$out"
passed=0 failed=0
row() { printf '%-31s %-5s %s\n' "$@"; }
record() { # name status detail
    if (($2 == 0)); then passed=$((passed + 1)); row "$1" ok "$3"; else failed=$((failed + 1)); row "$1" FAIL "$3"; fi
}

for arch in "$@"; do
    cc=${triple[$arch]}-gcc
    [[ $arch == x86_64 ]] && ! command -v "$cc" >/dev/null && cc=gcc
    prog=$out/hello-$arch
    if ! "$cc" -static -O2 -DHELLO_ARCH="\"$arch\"" "$here/hello-init.c" -o "$prog"; then
        record "build $arch" 1 "$cc failed"
        continue
    fi
    output=$("$here/run.sh" "$arch" "$prog" 2>&1)
    if grep -q "^hello from $arch\$" <<<"$output"; then
        record "run $arch (qemu-user)" 0 "$(grep -o 'AT_SYSINFO_EHDR: .*' <<<"$output")"
    else
        record "run $arch (qemu-user)" 1 "$output"
    fi
    # The kernels each arch's program boots on: its own, and for three arches a 64-bit one too.
    for karch in $arch ${also_on[$arch]}; do
        for gen in ${kernel_gens[$karch]}; do
            name="boot $arch on $karch $gen"
            log=$out/boot-$arch-$karch-$gen.log
            "$here/boot.sh" --expect "^hello from $arch\$" --expect 'AT_SYSINFO_EHDR: set' \
                "$arch" "$karch" "$gen" "$prog" >"$log" 2>&1
            status=$?
            if ((status == 3)); then
                row "$name" - "Debian has no $karch $gen kernel"
                continue
            fi
            record "$name" "$status" "$(grep -o 'uname -r: [^ ]*' "$log" | cut -d' ' -f3) $(grep -o 'after [0-9.]* s' "$log" | tail -n 1) ($log)"
        done
    done
done

echo "$passed passed, $failed failed"
((failed == 0))
