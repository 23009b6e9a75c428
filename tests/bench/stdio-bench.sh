#!/usr/bin/env bash
# Runs tests/bench/stdio_lines.c as built for each runtime: printf and fputs, into /dev/null and
# into a pipe (read by cat), ROUNDS rounds taking turns, and prints a Markdown table of the
# minimum nanoseconds per line (also written to OUT).
#   stdio-bench.sh OUT ROUNDS "label=binary"...   (split at the last "=")
set -euo pipefail
out=$1 rounds=$2
shift 2
labels=() binaries=()
for pair in "$@"; do
    labels+=("${pair%=*}")
    binaries+=("${pair##*=}")
done

declare -A best
cases=("printf /dev/null" "printf pipe" "fputs /dev/null" "fputs pipe")
# One run: the program prints picoseconds per line on stderr.
run() {
    local binary=$1 function=$2 target=$3
    if [ "$target" = pipe ]; then
        { "$binary" "$function" 2>&3 | cat >/dev/null; } 3>&1
    else
        "$binary" "$function" 2>&1 >/dev/null
    fi
}
for ((round = 0; round < rounds; ++round)); do
    for i in "${!binaries[@]}"; do
        for c in "${cases[@]}"; do
            read -r function target <<<"$c"
            ps=$(run "${binaries[$i]}" "$function" "$target")
            key="$i $c"
            if [ -z "${best[$key]-}" ] || [ "$ps" -lt "${best[$key]}" ]; then best[$key]=$ps; fi
        done
    done
done
ns() { awk -v ps="$1" 'BEGIN { printf "%.1f", ps / 1000 }'; }
{
    echo "| runtime | printf → /dev/null | printf → pipe | fputs → /dev/null | fputs → pipe |"
    echo "|---|---:|---:|---:|---:|"
    for i in "${!binaries[@]}"; do
        row="| ${labels[$i]} |"
        for c in "${cases[@]}"; do row+=" $(ns "${best[$i $c]}") |"; done
        echo "$row"
    done
    echo
    echo "ns per line, minimum of $rounds rounds of 10^6 lines (tests/bench/stdio_lines.c: printf(\"line %d of %s: %x\\n\")"
    echo "or fputs of a 23-byte line, then fflush); $(uname -r), $(nproc) cores."
} | tee "$out"
