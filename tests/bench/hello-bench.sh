#!/usr/bin/env bash
# Measures the hello worlds of tests/bench.mk and prints a Markdown table (also written to OUT):
# stripped file size, user-space instructions from exec to exit (valgrind's callgrind, which
# shows the program no vDSO), and exec-to-exit time (tests/bench/exec_timer.c, RUNS turns).
#   hello-bench.sh OUT RUNS TIMER "label=binary"...   (split at the last "=")
set -euo pipefail
out=$1 runs=$2 timer=$3
shift 3
labels=() binaries=()
for pair in "$@"; do
    labels+=("${pair%=*}")
    binaries+=("${pair##*=}")
done

instructions() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$1" 2>&1 >/dev/null |
        sed -n 's/.*Collected : *\([0-9]*\).*/\1/p'
}
microseconds() { awk -v ns="$1" 'BEGIN { printf "%.0f", ns / 1000 }'; }

# A program that does not run gets its row with how it ended instead of figures.
running=() ended=()
for i in "${!binaries[@]}"; do
    status=$( { "${binaries[$i]}" >/dev/null 2>&1; echo $?; } 2>/dev/null)
    ended+=("$status")
    [ "$status" -ne 0 ] || running+=("${binaries[$i]}")
done
timings=$("$timer" "$runs" "${running[@]}")
{
    echo "| hello world | file size (bytes) | instructions, exec to exit | exec to exit, min (µs) | median (µs) |"
    echo "|---|---:|---:|---:|---:|"
    for i in "${!binaries[@]}"; do
        size=$(stat -c %s "${binaries[$i]}")
        if [ "${ended[$i]}" -ne 0 ]; then
            echo "| ${labels[$i]} | $size | does not run: exit status ${ended[$i]} | | |"
            continue
        fi
        read -r min median _ < <(grep -F " ${binaries[$i]}" <<<"$timings")
        echo "| ${labels[$i]} | $size | $(instructions "${binaries[$i]}") |" \
             "$(microseconds "$min") | $(microseconds "$median") |"
    done
    echo
    echo "Stripped static programs writing \"hello, world\"; $runs runs of each,"
    echo "taking turns, spawned with posix_spawn and waited for; $(uname -r), $(nproc) cores."
} | tee "$out"
