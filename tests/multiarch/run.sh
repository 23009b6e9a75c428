#!/bin/bash
# Run a static program for any arch under qemu-user; its exit status is this script's.
#
#   tests/multiarch/run.sh <arch> <program> [args...]
#
# qemu-user 7.2 gives the program no vDSO (no AT_SYSINFO_EHDR), x86_64 and i386 included, so
# this exercises the plain system call paths. For a real kernel and its vDSO, use boot.sh.
set -euo pipefail
(($# >= 2)) || { echo "usage: $0 <arch> <program> [args...]" >&2; exit 1; }
arch=$1 prog=$2
shift 2
# qemu_user: the one table of architectures.
. "$(dirname "$0")/../architectures.sh"
qemu=${qemu_user[$arch]:-}
[[ -n $qemu ]] || { echo "run: unknown arch '$arch' (one of: ${all_arches[*]})" >&2; exit 1; }
command -v "$qemu" >/dev/null ||
    { echo "run: $qemu is missing: run tests/multiarch/install-toolchains.sh $arch" >&2; exit 1; }
exec "$qemu" "$prog" "$@"
