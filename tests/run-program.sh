#!/usr/bin/env bash
# Runs one integration program and prints one line: `PASS <name>` or `FAIL <name>: <reason>`.
#
#   tests/run-program.sh [--qemu <qemu-user binary>] <name> <source> <binary>
#
# What a program expects is written in the comment lines at the very top of its source (the
# block ends at the first line that does not start with `//`), one directive a line:
#
#   // expect-exit: N          its exit status (default 0)
#   // expect-signal: N        it must die by signal N instead (6 is SIGABRT)
#   // expect-stdout: TEXT     one line of its whole standard output, compared exactly after it
#                              exited; repeat the directive for each line. Lines that start with
#                              `ok ` or `skip ` (tests/integration/self_check.h) are left out of
#                              the comparison, so a program can check itself and be compared too.
#   // expect-stdout-file: F   the same, the lines being those of tests/integration/F
#   // expect-stderr: TEXT     its standard error must contain TEXT (repeatable)
#   // args: WORDS             its arguments after argv[0], as shell words ('' is an empty one)
#   // env: NAME=VALUE ...     its environment, as shell words; nothing else is inherited
#   // cflags: FLAGS           extra compiler flags (read by tests/check.mk)
#   // arches: ARCH ...        build and run it only on these architectures (tests/check.mk)
#   // qemu-user-skip: ARCH ... (reason)
#                              leave it out of the qemu-user tier on those arches, for an
#                              emulator bug (the real-kernel tier still runs it there)
#   // timeout: SECONDS        how long it may run (default 60)
#
# Every program gets VRT_TEST_MODE=native or VRT_TEST_MODE=qemu-user in its environment: under
# qemu-user there is no vDSO, no AT_SYSINFO, and /proc shows some of QEMU's own process.
#
# A program fails when it did not build, ran out of time, printed a line starting with `FAIL`
# (on stdout or stderr), ended other than expected, or its output differs. Its output is kept
# beside the binary as <binary>.<mode>.stdout and .stderr.
set -uo pipefail

qemu=()
mode=native
if [ "${1-}" = --qemu ]; then
    qemu=("$2")
    mode=qemu-user
    shift 2
fi
[ $# -eq 3 ] || { echo "usage: $0 [--qemu QEMU] NAME SOURCE BINARY" >&2; exit 2; }
name=$1 source=$2 binary=$3

fail() {
    echo "FAIL $name: $*"
    exit 0
}

# The values of one directive, a line each.
directive() {
    sed -n -e '/^\/\//!q' -e "s|^// $1: \{0,1\}||p" "$source"
}

if [ ! -x "$binary" ]; then
    error=$(grep -m 1 -E 'error|undefined reference' "$binary.build.log" 2>/dev/null)
    fail "did not build: ${error:-see $binary.build.log}"
fi

eval "args=($(directive args | tr '\n' ' '))"
eval "environment=($(directive env | tr '\n' ' '))"
limit=$(directive timeout | tail -n 1)
stdout=$binary.$mode.stdout stderr=$binary.$mode.stderr

# The subshell's own stderr goes nowhere, so that bash's "Aborted (core dumped)" notices do not
# end up in the results; ulimit -c 0 keeps the expected crashes from writing core files.
status=$( {
    ulimit -c 0
    env -i VRT_TEST_MODE="$mode" "${environment[@]}" \
        timeout -k 5 "${limit:-60}" "${qemu[@]}" "$binary" "${args[@]}" >"$stdout" 2>"$stderr"
    echo $?
} 2>/dev/null)

# The shell reports death by signal N as status 128 + N (timeout passes its child's death on).
# The programs here never exit with such a status on purpose.
[ "$status" -eq 124 ] && fail "timed out after ${limit:-60} s"
if [ "$status" -gt 128 ]; then
    ended="signal $((status - 128))"
else
    ended="exit $status"
fi
if signal=$(directive expect-signal | tail -n 1) && [ -n "$signal" ]; then
    expected="signal $signal"
else
    expected="exit $(directive expect-exit | tail -n 1 | grep . || echo 0)"
fi

first_failure=$(grep -h -m 1 '^FAIL' "$stdout" "$stderr" | head -n 1)
[ -n "$first_failure" ] && fail "${first_failure#FAIL } ($ended)"
[ "$ended" = "$expected" ] || fail "$ended, expected $expected; stderr: $(head -c 200 "$stderr" | tr '\n' ' ')"

while IFS= read -r text; do
    grep -qF -- "$text" "$stderr" || fail "stderr lacks \"$text\"; it has: $(head -c 200 "$stderr" | tr '\n' ' ')"
done < <(directive expect-stderr)

file=$(directive expect-stdout-file | tail -n 1)
if [ -n "$file" ] || [ -n "$(directive expect-stdout)" ]; then
    if [ -n "$file" ]; then
        expected_stdout=$(cat "$(dirname "$source")/$file")
    else
        expected_stdout=$(directive expect-stdout)
    fi
    actual_stdout=$(grep -v -e '^ok ' -e '^skip ' "$stdout")
    if [ "$actual_stdout" != "$expected_stdout" ]; then
        fail "stdout differs: $(paste -d '\n' <(echo "$expected_stdout") <(echo "$actual_stdout") |
            awk 'NR % 2 { want = $0; next } $0 != want {
                     printf "line %d is \"%s\", expected \"%s\"", NR / 2, $0, want; exit }')"
    fi
fi

echo "PASS $name"
