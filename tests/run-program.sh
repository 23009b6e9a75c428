#!/usr/bin/env bash
# Runs one integration program and prints one line: `PASS <name>`, `FAIL <name>: <reason>` or
# `SKIP <name>: <reason>`.
#
#   tests/run-program.sh [--qemu <qemu-user binary>] <name> <source> <binary>
#
# What a program expects is written in the comment lines at the very top of its source
# (`// expect-exit:`, `// expect-signal:`, `// expect-stdout:`, `// args:`, `// env:`,
# `// timeout:`...): tests/directives.sh reads them, and lists them all with their meaning.
#
# Every program gets VRT_TEST_MODE=native or VRT_TEST_MODE=qemu-user in its environment: under
# qemu-user there is no vDSO, no AT_SYSINFO, and /proc shows some of QEMU's own process.
#
# A program fails when it did not build, ran out of time, printed a line starting with `FAIL`
# (on stdout or stderr), ended other than expected, or its output differs.
#
# A program that cannot test what it is for on this machine (not root, a kernel without the
# feature) says so with exit status 77, automake's "skipped", and its reason in a stdout line
# `SKIP <reason>` (tests/integration/self_check.h: skip_program), or else in its last stderr
# line: that is a skip, never a pass, unless the program is expected to exit 77. The boot suite
# (tests/boot/suite.c) and tests/vdso-tool.sh read exit 77 the same way.
#
# Its output is kept beside the binary as <binary>.<mode>.stdout and .stderr.
set -uo pipefail
here=$(dirname "$0")

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

if [ ! -x "$binary" ]; then
    error=$(grep -m 1 -E 'error|undefined reference' "$binary.build.log" 2>/dev/null)
    fail "did not build: ${error:-see $binary.build.log}"
fi

args=() environment=() expected_stdout=() stderr_texts=() limit=60 expected="exit 0"
records=$(bash "$here/directives.sh" "$source") || fail "tests/directives.sh could not read $source"
while IFS= read -r record; do
    key=${record%% *} value=${record#* }
    [ "$record" = "$key" ] && value=
    case $key in
        arg) args+=("$value") ;;
        env) environment+=("$value") ;;
        exit) expected="exit $value" ;;
        signal) expected="signal $value" ;;
        timeout) limit=$value ;;
        stdout) expected_stdout+=("$value") ;;
        stderr) stderr_texts+=("$value") ;;
    esac
done <<<"$records"
stdout=$binary.$mode.stdout stderr=$binary.$mode.stderr

# The subshell's own stderr goes nowhere, so that bash's "Aborted (core dumped)" notices do not
# end up in the results; ulimit -c 0 keeps the expected crashes from writing core files.
status=$( {
    ulimit -c 0
    env -i VRT_TEST_MODE="$mode" ${environment[@]+"${environment[@]}"} \
        timeout -k 5 "$limit" ${qemu[@]+"${qemu[@]}"} "$binary" ${args[@]+"${args[@]}"} >"$stdout" 2>"$stderr"
    echo $?
} 2>/dev/null)

# The shell reports death by signal N as status 128 + N (timeout passes its child's death on).
# The programs here never exit with such a status on purpose.
[ "$status" -eq 124 ] && fail "timed out after $limit s"
if [ "$status" -gt 128 ]; then
    ended="signal $((status - 128))"
else
    ended="exit $status"
fi

first_failure=$(grep -h -m 1 '^FAIL' "$stdout" "$stderr" | head -n 1)
[ -n "$first_failure" ] && fail "${first_failure#FAIL } ($ended)"
if [ "$ended" = "exit 77" ] && [ "$expected" != "exit 77" ]; then
    reason=$(sed -n 's/^SKIP //p' "$stdout" | head -n 1)
    [ -n "$reason" ] || reason=$(grep . "$stderr" | tail -n 1)
    [ -n "$reason" ] || fail "exit 77 (skipped) without a reason on stdout (SKIP ...) or stderr"
    echo "SKIP $name: $reason"
    exit 0
fi
[ "$ended" = "$expected" ] || fail "$ended, expected $expected; stderr: $(head -c 200 "$stderr" | tr '\n' ' ')"

for text in ${stderr_texts[@]+"${stderr_texts[@]}"}; do
    grep -qF -- "$text" "$stderr" || fail "stderr lacks \"$text\"; it has: $(head -c 200 "$stderr" | tr '\n' ' ')"
done

if [ ${#expected_stdout[@]} -gt 0 ]; then
    expected_text=$(printf '%s\n' "${expected_stdout[@]}")
    actual_text=$(grep -v -e '^ok ' -e '^skip ' "$stdout")
    if [ "$actual_text" != "$expected_text" ]; then
        fail "stdout differs: $(paste -d '\n' <(echo "$expected_text") <(echo "$actual_text") |
            awk 'NR % 2 { want = $0; next } $0 != want {
                     printf "line %d is \"%s\", expected \"%s\"", NR / 2, $0, want; exit }')"
    fi
fi

echo "PASS $name"
