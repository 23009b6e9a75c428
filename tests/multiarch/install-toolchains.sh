#!/bin/bash
# Install what the multi-architecture tiers need, from the machine's configured Debian sources:
# the Debian cross compilers (gcc, g++, binutils, static glibc and kernel UAPI headers) for each
# arch asked for, qemu-user, the qemu-system package that boots that arch, and cpio.
#
#   tests/multiarch/install-toolchains.sh [arch...]      (default: all nine; root only)
#
# Only packages dpkg does not already list as installed are asked for, so a second run is a no-op
# that takes well under a second. Recommends are skipped: they would pull a GUI, EFI firmware and
# block drivers that nothing here uses.
set -euo pipefail

# all_arches, triple, debarch, qemu_system_package: the one table of architectures.
. "$(dirname "$0")/../architectures.sh"
(($#)) || set -- "${all_arches[@]}"

host_debarch=$(dpkg --print-architecture)
wanted=(qemu-user cpio)
for arch in "$@"; do
    [[ -n ${triple[$arch]:-} ]] || { echo "unknown arch '$arch' (one of: ${all_arches[*]})" >&2; exit 2; }
    if [[ ${debarch[$arch]} == "$host_debarch" ]]; then
        wanted+=(gcc g++ libc6-dev linux-libc-dev)
    else
        # Debian spells x86_64 as x86-64 in package names.
        t=${triple[$arch]//_/-}
        d=${debarch[$arch]}
        wanted+=("gcc-$t" "g++-$t" "binutils-$t" "libc6-dev-$d-cross" "linux-libc-dev-$d-cross")
    fi
    wanted+=("${qemu_system_package[$arch]}")
    # boot.sh unpacks the x86_64 bzImage's payload to boot its ELF through the PVH entry.
    [[ $arch == x86_64 ]] && wanted+=(xz-utils zstd)
done

missing=()
for pkg in $(printf '%s\n' "${wanted[@]}" | sort -u); do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    [[ $status == installed ]] || missing+=("$pkg")
done
if ((${#missing[@]} == 0)); then
    echo "install-toolchains: everything for $* is installed"
    exit 0
fi
[[ $(id -u) == 0 ]] || { echo "install-toolchains: needs root to install: ${missing[*]}" >&2; exit 1; }

echo "install-toolchains: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-toolchains: done"
