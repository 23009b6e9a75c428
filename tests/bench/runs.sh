# Shared by the benchmarks that compare three builds of one program (tests/bench/time-bench.sh,
# random-bench.sh), sourced after `vrt glibc musl rounds` are set: runs the builds in turn,
# ROUNDS times, into $work/libvrt, $work/glibc and $work/musl (lines "<name> <min> <median>", in
# tenths of ns), and gives the helpers that sum them up.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for ((r = 0; r < rounds; r++)); do
    "$vrt" >>"$work/libvrt"
    "$glibc" >>"$work/glibc"
    "$musl" >>"$work/musl"
done
# best <file> <name>: "min median" over the runs, in tenths of ns
best() {
    local rows min median
    rows=$(awk -v n="$2" '$1 == n' "$1")
    if [ -z "$rows" ]; then echo "- -"; return; fi
    min=$(awk '{ print $2 }' <<<"$rows" | sort -n | head -n 1)
    median=$(awk '{ print $3 }' <<<"$rows" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
    echo "$min $median"
}
ns() { awk -v t="$1" 'BEGIN { if (t == "-") print "-"; else printf "%.1f", t / 10 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2f", a / b }'; }
