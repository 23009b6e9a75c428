#!/usr/bin/env bash
# Sums up the tiers' results and ends with the one line CI reads: `N passed, M failed`.
#
#   tests/summary.sh <results folder> <tier>...
#
# Each tier wrote <results>/<tier>.txt, lines `PASS <name>` or `FAIL <name>: <reason>` (and
# `KNOWN <name>: <finding>` for a known kernel defect, listed but not counted), or
# <results>/<tier>.skipped with the reason it had nothing to run. A tier with neither counts as
# one failure. Exits non-zero when anything failed.
set -uo pipefail
results=$1
shift

passed=0 failed=0
for tier in "$@"; do
    file=$results/$tier.txt
    if [ -f "$file" ]; then
        p=$(grep -c '^PASS ' "$file")
        f=$(grep -c '^FAIL ' "$file")
        printf '%-12s %5d passed %5d failed\n' "$tier" "$p" "$f"
        grep '^FAIL ' "$file" | head -n 40 | sed 's/^/    /'
        # Known kernel defects a tier saw (tests/vdso-tool.sh): shown, counted neither way.
        grep '^KNOWN ' "$file" | head -n 20 | sed 's/^/    /'
        [ "$f" -le 40 ] || echo "    ... and $((f - 40)) more in $file"
    elif [ -f "$results/$tier.skipped" ]; then
        printf '%-12s skipped: %s\n' "$tier" "$(cat "$results/$tier.skipped")"
        p=0 f=0
    else
        printf '%-12s FAIL: wrote no results\n' "$tier"
        p=0 f=1
    fi
    passed=$((passed + p)) failed=$((failed + f))
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
