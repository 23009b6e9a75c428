#!/usr/bin/env bash
# Runs a doctest binary and turns its report into result lines on stdout, one per test case:
# `PASS unit/<case>` or `FAIL unit/<case>: <its first failed assertion>`. Doctest's own report of
# the failures goes to stderr for people to read, and its whole output to <binary>.log.
#
#   tests/run-doctest.sh <tier> <binary> [doctest options...]
#
# The counts are doctest's (its "test cases:" summary line); the names come from
# --list-test-cases. A binary that stops before its summary (a crash, a sanitizer report) is one
# more failure.
set -uo pipefail
tier=$1 binary=$2
shift 2
log=$binary.log

"$binary" --no-colors=true "$@" >"$log" 2>&1
status=$?

summary=$(grep -m 1 '^\[doctest\] test cases:' "$log")

# doctest reports in blocks that start with a line of '=' and name their case on a line
# "TEST CASE:  <name>"; a block is a failure when it holds an ERROR (CHECK, REQUIRE, a crash or
# an exception), and only a message otherwise (MESSAGE, WARN).
failure_blocks() {
    awk '/^===/ { if (failed) printf "%s", block; block = ""; failed = 0 }
         { block = block $0 "\n" }
         /ERROR:|TEST CASE FAILED|crashed|THREW/ { failed = 1 }
         END { if (failed) printf "%s", block }' "$log"
}
failed_names=$(failure_blocks | sed -n 's/^TEST CASE:  //p' | sort -u)

if [ -n "$failed_names" ] || [ -z "$summary" ]; then
    failure_blocks | grep -v '^\[doctest\]' >&2
    [ -n "$summary" ] || tail -n 20 "$log" >&2
fi
if [ -z "$summary" ]; then
    echo "FAIL $tier: $binary stopped before its summary (status $status): $(grep -v '^\s*$' "$log" | tail -n 1)"
fi

first_error() {  # the first failed assertion reported under test case $1
    awk -v name="$1" '
        /^TEST CASE:  / { inside = (substr($0, 13) == name) }
        inside && /ERROR:|exception|signal/ { print; exit }' "$log"
}

listed=0
while IFS= read -r name; do
    [ -n "$name" ] || continue
    listed=$((listed + 1))
    if grep -qxF -- "$name" <<<"$failed_names"; then
        echo "FAIL $tier/$name: $(first_error "$name")"
    else
        [ -n "$summary" ] && echo "PASS $tier/$name"
    fi
done < <("$binary" --list-test-cases --no-colors=true | sed -n '/^===/,/^===/p' | grep -v '^===')

# doctest's own count must agree with the names, or a case went missing between the two.
if [ -n "$summary" ]; then
    read -r cases passed failed <<<"$(sed -E 's/.*test cases: *([0-9]+) \| *([0-9]+) passed \| *([0-9]+) failed.*/\1 \2 \3/' <<<"$summary")"
    if [ "$cases" -ne "$listed" ]; then
        echo "FAIL $tier: doctest ran $cases test cases but lists $listed ($summary)"
    fi
    [ "$status" -eq 0 ] || [ "$failed" -gt 0 ] || echo "FAIL $tier: $binary exited $status with no failed case"
fi
exit 0
