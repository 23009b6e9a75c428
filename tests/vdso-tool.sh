#!/usr/bin/env bash
# The vdso-tool tier: every vrt-vdso subcommand on this machine's kernel, judged by its exit
# status (0: every check held), with its output kept beside the results.
#   tests/vdso-tool.sh <arch> <vrt-vdso binary> <output folder>
# Prints `PASS <name>` / `FAIL <name>: <reason>` lines.
set -uo pipefail
arch=$1 tool=$2 out=$3
mkdir -p "$out"

run() {  # run <name> <expected status> <command...>
    local name=$1 expected=$2
    shift 2
    "$@" >"$out/$name.out" 2>"$out/$name.err"
    local status=$?
    if [ "$status" -eq "$expected" ]; then
        echo "PASS vdso-tool/$arch/$name"
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

run info 0 "$tool" info
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
run info-bad-file 1 "$tool" info --file /proc/self/cmdline
run bench 0 "$tool" bench --samples 3 --json && json_ok bench-json-valid "$out/bench.out"
run_knowing_kernel_defects verify "$tool" verify -d 0.2
run_knowing_kernel_defects abi "$tool" abi
run syscalls 0 "$tool" syscalls
run timens 0 "$tool" timens
run vsyscall 0 "$tool" vsyscall
run selftest 0 "$tool" selftest
run usage-error 2 "$tool" no-such-command
