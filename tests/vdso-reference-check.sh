#!/usr/bin/env bash
# Compares what `vrt-vdso info` saw on a kernel with the snapshot in tests/reference/vdso-info/
# taken on the same kernel release, and prints one result line `PASS|FAIL|SKIP <name>...`.
#
#   tests/vdso-reference-check.sh <name> <snapshot name> <info text> <kernel release>
#
# Compared: what the kernel alone decides and the same kernel must show on every run: the
# image's size, class and machine, its hash and version tables, and every symbol with its
# version, type and binding (not the address it was mapped at, nor what libvrt chose to use, nor
# the clocksource). A snapshot from another release (tests/reference/boots.txt names it) is a
# skip: `make vdso-references` takes new ones.
set -uo pipefail
name=$1 snapshot=$2 info=$3 release=$4
reference=tests/reference/vdso-info/$snapshot.txt
known=$(awk -v n="$snapshot" '$1 == n { print $2 }' tests/reference/boots.txt 2>/dev/null)

# The kernel's part of an info text.
kernel_part() {
    sed -n -e 's/^vDSO: mapped at [^,]*, /vDSO: /p' -e '/^  hash tables:/p' "$1"
    sed -n '/^symbols:$/,/^$/p' "$1" | grep '^  ' | sort
}

if [[ ! -f $reference || -z $known ]]; then
    echo "SKIP $name: no snapshot $reference of this kernel (make vdso-references takes one)"
elif [[ $known != "$release" ]]; then
    echo "SKIP $name: the snapshot is of $known, this kernel is ${release:-unknown} (make vdso-references)"
elif [[ ! -s $info ]]; then
    echo "FAIL $name: vrt-vdso info printed nothing"
elif difference=$(diff <(kernel_part "$reference") <(kernel_part "$info")); then
    echo "PASS $name"
else
    echo "FAIL $name: differs from $reference: $(grep '^[<>]' <<<"$difference" | head -n 4 | tr '\n' ' ')"
fi
