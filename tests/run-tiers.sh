#!/usr/bin/env bash
# Runs the tiers of make check and prints each one's time, then the summary (tests/summary.sh).
#
#   tests/run-tiers.sh <results folder> "<make command>" "<tiers>" "<background tiers>" "<prefetch target>"
#
# A tier is `<make command> check-<tier>`; one that stops writes a FAIL line for itself. The
# background tiers (fuzz and unit: tests/check.mk says why) start first and run beside the
# others; the prefetch target (the boot tier's kernels, mostly
# waiting on the network) runs beside everything from the start. The tiers' order in the
# summary is the order given.
set -uo pipefail
results=$1 make=$2 tiers=$3 background=$4 prefetch=$5
read -r -a make_command <<<"$make"

run_tier() {  # run_tier <tier>: the tier, then its time
    local tier=$1 start=$SECONDS
    "${make_command[@]}" "check-$tier" ||
        echo "FAIL $tier: the tier stopped (make check-$tier exited $?)" >>"$results/$tier.txt"
    echo "   $tier took $((SECONDS - start)) s"
}

whole=$SECONDS
jobs=()
if [ -n "$prefetch" ]; then
    "${make_command[@]}" "$prefetch" >"$results/prefetch.log" 2>&1 &
    jobs+=($!)
fi
for tier in $tiers; do
    [[ " $background " == *" $tier "* ]] || continue
    echo "== $tier (beside the others; log: $results/$tier.tier.log)"
    run_tier "$tier" >"$results/$tier.tier.log" 2>&1 &
    jobs+=($!)
done
for tier in $tiers; do
    [[ " $background " != *" $tier "* ]] || continue
    echo "== $tier"
    run_tier "$tier"
done
((${#jobs[@]} == 0)) || wait "${jobs[@]}"
for tier in $tiers; do
    [[ " $background " != *" $tier "* ]] || tail -n 1 "$results/$tier.tier.log"
done
echo "   make check's tiers took $((SECONDS - whole)) s in all"
echo "== summary"
bash "$(dirname "$0")/summary.sh" "$results" $tiers
