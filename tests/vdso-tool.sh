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
if diff <(sed -n '/^symbols:/,/^$/p' "$out/info.out" | grep .) <(sed -n '/^symbols:/,/^$/p' "$out/info-file.out" | grep .) >/dev/null; then
    echo "PASS vdso-tool/$arch/dump-reads-back"
else
    echo "FAIL vdso-tool/$arch/dump-reads-back: the file's symbols differ from the live vDSO's"
fi
run info-bad-file 1 "$tool" info --file /proc/self/cmdline
run bench 0 "$tool" bench --samples 3 --json && json_ok bench-json-valid "$out/bench.out"
run verify 0 "$tool" verify -d 0.2
run abi 0 "$tool" abi
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
run timens 0 "$tool" timens
run vsyscall 0 "$tool" vsyscall
run selftest 0 "$tool" selftest
run usage-error 2 "$tool" no-such-command
