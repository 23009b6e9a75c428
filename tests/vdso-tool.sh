#!/usr/bin/env bash
# The vdso-tool tier: every vrt-vdso subcommand on this machine's kernel, judged by its exit
# status (0: every check held), with its output kept beside the results.
#   tests/vdso-tool.sh <arch> <vrt-vdso binary> <output folder> [<emulator> <why>]
# Prints `PASS <name>` / `FAIL <name>: <reason>` / `SKIP <name>: <reason>` lines.
#
# With an emulator (qemu-i386 where this kernel cannot run i386 programs: tests/check.mk,
# I386_NATIVE), the tool runs under it, where there is no vDSO: the subcommands about the vDSO
# are skipped with <why> (the boot tier runs them on real kernels), the others still run.
set -uo pipefail
arch=$1 tool=$2 out=$3 emulator=${4:-} why=${5:-}
mkdir -p "$out"

run() {  # run <name> <expected status> <command...>
    local name=$1 expected=$2
    shift 2
    [ "$1" != "$tool" ] || [ -z "$emulator" ] || set -- "$emulator" "$@"
    "$@" >"$out/$name.out" 2>"$out/$name.err"
    local status=$?
    if [ "$status" -eq "$expected" ]; then
        echo "PASS vdso-tool/$arch/$name"
    elif [ "$status" -eq 77 ]; then
        # vrt-vdso's "could not test" (tests/run-program.sh): its reason is on stderr.
        echo "SKIP vdso-tool/$arch/$name: $(grep . "$out/$name.err" | tail -n 1)"
    else
        echo "FAIL vdso-tool/$arch/$name: exit $status, expected $expected ($(tail -n 1 "$out/$name.err" "$out/$name.out" 2>/dev/null | grep -v '^==>' | grep . | tail -n 1))"
    fi
}

# run_knowing_kernel_defects <name> <command...>: as `run <name> 0`, except that exit 1 is taken
# when every failed check is one the tool marks as a known kernel defect (tools/vrt-vdso/paths.h:
# Linux 6.17+ vDSOs answer clock_getres for auxiliary clocks the kernel lacks). The tool still
# reports them as failures; here each one becomes a `KNOWN` line (tests/summary.sh lists them,
# counted neither as passed nor as failed), and the check is judged on everything else.
run_knowing_kernel_defects() {
    local name=$1
    shift
    "$@" >"$out/$name.out" 2>"$out/$name.err"
    local status=$?
    local failed unknown
    failed=$(grep -E '^[^ ]+/[^ ]+: [1-9][0-9]* failures' "$out/$name.out")
    unknown=$(grep -v 'known kernel defect' <<<"$failed" | grep .)
    if [ "$status" -eq 0 ] || { [ "$status" -eq 1 ] && [ -n "$failed" ] && [ -z "$unknown" ]; }; then
        echo "PASS vdso-tool/$arch/$name"
        [ -z "$failed" ] || sed "s|^|KNOWN vdso-tool/$arch/$name: |" <<<"$failed"
    else
        echo "FAIL vdso-tool/$arch/$name: exit $status, expected 0 ($(head -n 1 <<<"${unknown:-$(tail -n 1 "$out/$name.err")}"))"
    fi
}

json_ok() {  # json_ok <name> <file>: the file holds JSON documents, one a line
    if python3 -c 'import json,sys
for line in open(sys.argv[1]):
    line = line.strip()
    if line: json.loads(line)' "$2" 2>"$out/$1.err"; then
        echo "PASS vdso-tool/$arch/$1"
    else
        echo "FAIL vdso-tool/$arch/$1: not JSON ($(tail -n 1 "$out/$1.err"))"
    fi
}

# needs_vdso <name>...: under the emulator, these report a skip instead of running.
needs_vdso() {
    [ -n "$emulator" ] || return 1
    for name; do echo "SKIP vdso-tool/$arch/$name: $why"; done
}

needs_vdso info info-json info-json-valid dump info-file dump-reads-back bench bench-json-valid \
    verify abi syscalls getrandom-info getrandom-in-user-space || {
run info 0 "$tool" info
# The kernel's part of it as a snapshot of this kernel release shows it (tests/reference/).
bash tests/vdso-reference-check.sh "vdso-tool/$arch/info-matches-reference" "$arch-on-x86_64-host" \
    "$out/info.out" "$(uname -r)"
run info-json 0 "$tool" info --json && json_ok info-json-valid "$out/info-json.out"
# The live image dumped to a file reads back with the same symbols.
run dump 0 "$tool" dump "$out/vdso.so"
run info-file 0 "$tool" info --file "$out/vdso.so"
# I/O errors are system errors (2), not a failed check (1): a file that cannot be made, and a
# write that stops short (/dev/full takes nothing: ENOSPC).
run dump-cannot-create 2 "$tool" dump "$out/no-such-folder/vdso.so"
run dump-short-write 2 "$tool" dump /dev/full
if diff <(sed -n '/^symbols:/,/^$/p' "$out/info.out" | grep .) <(sed -n '/^symbols:/,/^$/p' "$out/info-file.out" | grep .) >/dev/null; then
    echo "PASS vdso-tool/$arch/dump-reads-back"
else
    echo "FAIL vdso-tool/$arch/dump-reads-back: the file's symbols differ from the live vDSO's"
fi
run bench 0 "$tool" bench --samples 3 --json && json_ok bench-json-valid "$out/bench.out"
run_knowing_kernel_defects verify "$tool" verify -d 0.2
run_knowing_kernel_defects abi "$tool" abi
run syscalls 0 "$tool" syscalls
# getrandom: where the vDSO exports it, info shows the state the vDSO asked for and syscalls
# proves that the vDSO and libvrt paths (16 and 4096 bytes) stay in user space; elsewhere info
# says libvrt uses the system call.
if sed -n '/^symbols:/,/^$/p' "$out/info.out" | grep -Eq '^  __(vdso|kernel)_getrandom '; then
    if grep -Eq '^  opaque state: [1-9][0-9]* bytes, mapped with prot READ WRITE .*DROPPABLE' "$out/info.out"; then
        echo "PASS vdso-tool/$arch/getrandom-info"
    else
        echo "FAIL vdso-tool/$arch/getrandom-info: no opaque state line for the vDSO's getrandom"
    fi
    served=$(grep -c '^getrandom/.*(served in user space)' "$out/syscalls.out")
    if [ "$served" -eq 4 ]; then
        echo "PASS vdso-tool/$arch/getrandom-in-user-space"
    else
        echo "FAIL vdso-tool/$arch/getrandom-in-user-space: $served of 4 getrandom probes served in user space"
    fi
elif grep -q '^getrandom: the system call' "$out/info.out"; then
    echo "PASS vdso-tool/$arch/getrandom-info"
else
    echo "FAIL vdso-tool/$arch/getrandom-info: the vDSO has no getrandom, and info does not say the system call serves it"
fi
}
run info-bad-file 1 "$tool" info --file /proc/self/cmdline
run timens 0 "$tool" timens
run vsyscall 0 "$tool" vsyscall
run selftest 0 "$tool" selftest
run usage-error 2 "$tool" no-such-command
