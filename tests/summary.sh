#!/usr/bin/env bash
# Sums up the tiers' results and ends with the one line CI reads: `N passed, M failed, K skipped`.
#
#   tests/summary.sh <results folder> <tier>...
#
# Each tier wrote <results>/<tier>.txt, lines `PASS <name>`, `FAIL <name>: <reason>` or
# `SKIP <name>: <reason>` (a check that could not run on this machine, with why: a skip is never
# a pass), and `KNOWN <name>: <finding>` where a check found the host kernel's vDSO wrong in a
# way libvrt already corrects (tests/vdso-tool.sh): listed, counted neither way. A tier that
# wrote no results counts as one failure. Every failure and every skip is listed with its
# reason. Exits non-zero when anything failed.
set -uo pipefail
results=$1
shift

passed=0 failed=0 skipped=0
for tier in "$@"; do
    file=$results/$tier.txt
    if [ -f "$file" ]; then
        p=$(grep -c '^PASS ' "$file")
        f=$(grep -c '^FAIL ' "$file")
        s=$(grep -c '^SKIP ' "$file")
        extra=
        # The boot tier: how many machines booted and ran their suite to the end.
        if [ "$tier" = boot ]; then
            extra=" ($(grep -c '^PASS boot/.*/complete$' "$file") of $(grep -c '^[A-Z]* boot/.*/complete' "$file") boots ran)"
        fi
        printf '%-12s %5d passed %5d failed %5d skipped%s\n' "$tier" "$p" "$f" "$s" "$extra"
        grep '^FAIL ' "$file" | head -n 40 | sed 's/^/    /'
        # Known kernel defects a tier saw (tests/vdso-tool.sh): shown, counted neither way.
        grep '^KNOWN ' "$file" | head -n 20 | sed 's/^/    /'
        [ "$f" -le 40 ] || echo "    ... and $((f - 40)) more in $file"
        grep '^SKIP ' "$file" | head -n 60 | sed 's/^/    /'
        [ "$s" -le 60 ] || echo "    ... and $((s - 60)) more in $file"
    else
        printf '%-12s FAIL: wrote no results\n' "$tier"
        p=0 f=1 s=0
    fi
    passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
done

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
