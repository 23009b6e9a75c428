#!/usr/bin/env bash
# One boot of the boot tier: <arch>'s programs (built beforehand by tests/boot.mk) on a real
# Debian kernel of <kernel-arch> and generation <gen>, under qemu-system.
#
#   tests/boot/boot-combo.sh <arch> <kernel-arch> <gen> <out folder> <compiler/link>...
#
# vrt-init is /init, tests/boot/suite.c is /bin/suite, with vrt-vdso, the programs and the
# manifest from tests/boot/manifest.sh. Prints the results, `PASS boot/<label>/<name>`,
# `FAIL boot/<label>/<name>: <reason>` or `SKIP boot/<label>/<name>: <reason>` with
# <label> = <arch>/<kernel-arch>-<gen>, and one line
# boot/<label>/complete: whether the machine booted, ran the suite to its summary line and
# powered off. Keeps in <out folder>: console.log, manifest, vdso-info.txt (`vrt-vdso info`
# as printed on that kernel), kernel.txt (the kernel's release).
set -uo pipefail
arch=$1 karch=$2 gen=$3 out=$4
shift 4
label=$arch/$karch-$gen
timeout=${BOOT_TIMEOUT:-300}
[[ $out == ?*/* ]] || { echo "boot-combo: refusing the output folder '$out'" >&2; exit 1; }
rm -rf "$out" && mkdir -p "$out"
tools=build/$arch/gcc

fail_all() {  # the boot could not even start
    sed -E "s#^(FAIL|SKIP) #\1 boot/#" "$out/host.txt" 2>/dev/null
    echo "FAIL boot/$label/complete: $*"
    exit 0
}

for f in "$tools/bin/vrt-init" "$tools/bin/vrt-vdso" "$tools/boot/suite"; do
    [[ -x $f ]] || fail_all "$f was not built ($(dirname "$out")/build-$arch-gcc.log)"
done
bash tests/boot/manifest.sh "$arch" "$karch" "$label" "$out" "$@" || fail_all "tests/boot/manifest.sh failed"
mapfile -t files <"$out/files"

# Debian's mips64el 6.12 kernel (6.12.95+deb12 from bookworm-backports) breaks its own fault
# fixups when it relocates itself at boot (KASLR): a system call given a bad pointer oopses in
# __raw_copy_from_user and the caller dies by SIGSEGV instead of getting EFAULT; a glibc program
# does the same, and mount(2) with an option string near the end of a mapping kills /init.
# `nokaslr` keeps the kernel where it was linked, and EFAULT works again. MIPS looks for the word
# anywhere in the command line (arch/mips/kernel/relocate.c) but registers no such parameter, so
# a bare `nokaslr` would reach /init as its command; `nokaslr=1` reaches it as an environment
# variable, which nothing reads.
# loglevel=2: only the kernel's emergencies and alerts (a panic, an oops, "reboot: Power down"),
# not the errors and warnings some programs provoke on purpose (alignment traps, user faults),
# which the serial console could print in the middle of a result line.
cmdline=loglevel=2
[[ $karch/$gen != mips64el/6.12 ]] || cmdline+=" nokaslr=1"
# The x86_64 vsyscall page has three modes (Documentation/admin-guide/kernel-parameters.txt,
# "vsyscall="): Debian's kernels default to none, the host's kernel runs xonly (the kernel's own
# default since 5.18), and the 6.12 boot asks for emulate (a readable page), so that
# `vrt-vdso vsyscall` meets all three.
[[ $arch/$karch/$gen != x86_64/x86_64/6.12 ]] || cmdline+=" vsyscall=emulate"

start=$(date +%s)
# The words after ` -- ` are vrt-init's command.
tests/multiarch/boot.sh --append "$cmdline -- /bin/suite" --timeout "$timeout" "$arch" "$karch" "$gen" "$tools/bin/vrt-init" \
    "$tools/boot/suite=/bin/suite" "$tools/bin/vrt-vdso=/bin/vrt-vdso" "$out/manifest=/suite/manifest" \
    "${files[@]}" </dev/null >"$out/console.log" 2>&1
status=$?
seconds=$(($(date +%s) - start))

# The suite's own lines (KNOWN: a known kernel defect a check found, counted neither way, as
# tests/summary.sh shows it); anything else (the kernel's, vrt-init's, a failing program's output
# behind "| ") is left on the console log.
awk -v label="$label/" '($1 == "PASS" || $1 == "FAIL" || $1 == "SKIP" || $1 == "KNOWN") && index($2, label) == 1 { sub(/^(PASS|FAIL|SKIP|KNOWN) /, "&boot/"); print }' \
    "$out/console.log" >"$out/results.txt"
sed -E "s#^(FAIL|SKIP) #\1 boot/#" "$out/host.txt"
cat "$out/results.txt"

summary=$(grep -E -m 1 '^[0-9]+ passed, [0-9]+ failed, [0-9]+ skipped$' "$out/console.log")
why=$(grep -m 1 '^boot: ' <(grep -v '^boot: .* /init on the' "$out/console.log") | sed 's/^boot: //')
seen_pass=$(grep -c '^PASS ' "$out/results.txt") seen_fail=$(grep -c '^FAIL ' "$out/results.txt")
seen_skip=$(grep -c '^SKIP ' "$out/results.txt")
if ((status == 3)); then
    # fetch-kernel.sh's status 3: no such kernel could be had (none listed, or every version
    # the lists name failed to download): nothing booted, which is a skip, not a pass.
    why=$(grep '^fetch-kernel: ' "$out/console.log" | tail -n 1 | sed 's/^fetch-kernel: //')
    echo "SKIP boot/$label/complete: no $karch $gen kernel could be had: ${why:-see $out/console.log}"
elif ((status == 124)); then
    echo "FAIL boot/$label/complete: timed out after $timeout s${summary:+ after its summary}"
elif [[ -z $summary ]]; then
    echo "FAIL boot/$label/complete: the suite never printed its summary (boot status $status: $why)"
elif [[ $summary != "$seen_pass passed, $seen_fail failed, $seen_skip skipped" ]]; then
    echo "FAIL boot/$label/complete: the suite said \"$summary\", the console shows $seen_pass PASS, $seen_fail FAIL and $seen_skip SKIP lines"
elif ((status != 0)); then
    echo "FAIL boot/$label/complete: boot status $status: $why"
else
    echo "PASS boot/$label/complete"
fi

# What the host keeps: the info text (without the kernel's own lines, should any land inside),
# and the kernel's release.
sed -n '/^=== BEGIN vrt-vdso info$/,/^=== END vrt-vdso info$/p' "$out/console.log" |
    sed -e '1d;$d' | grep -v -E '^\[ *[0-9]+\.[0-9]+\] ' >"$out/vdso-info.txt"
sed -n 's/.*suite: kernel Linux \([^ ]*\) .*/\1/p' "$out/console.log" | head -n 1 >"$out/kernel.txt"
# The vDSO as this kernel release showed it before (tests/reference/vdso-info/).
bash tests/vdso-reference-check.sh "boot/$label/vdso-matches-reference" "$arch-on-$karch-$gen" \
    "$out/vdso-info.txt" "$(cat "$out/kernel.txt")"
echo "$seconds" >"$out/seconds.txt"
