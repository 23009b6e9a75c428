#!/usr/bin/env bash
# Can this machine run i386 programs natively, with the kernel's i386 vDSO? Prints `yes`, or
# `no: <why>`, and caches the answer for this boot of this kernel in <folder> (build/host).
#
#   tests/host/i386-native.sh [yes|no|auto] [folder]
#
# `yes` and `no` force the answer (make check's I386_NATIVE=yes|no, to simulate the other kind of
# host); `auto`, the default, runs tests/host/i386_vdso_probe.S once. Many x86_64 kernels cannot:
# built without CONFIG_IA32_EMULATION or booted with ia32_emulation=0 (minimal cloud and CI VMs,
# microVMs), exec gives ENOEXEC. Only an x86_64 (or i386) host can answer yes.
set -uo pipefail
answer=${1:-auto} dir=${2:-build/host}
case $answer in
    yes) echo yes; exit 0 ;;
    no) echo "no: forced by I386_NATIVE=no"; exit 0 ;;
    auto) ;;
    *) echo "usage: $0 [yes|no|auto] [folder]" >&2; exit 2 ;;
esac
case $(uname -m) in
    x86_64 | i?86) ;;
    *) echo "no: the host is $(uname -m), not x86"; exit 0 ;;
esac

cache=$dir/i386-native.$(cat /proc/sys/kernel/random/boot_id 2>/dev/null || uname -r)
[ -f "$cache" ] && { cat "$cache"; exit 0; }
mkdir -p "$dir"
here=$(dirname "$0")
# The host's own binutils assemble and link i386 (no cross compiler needed).
if ! as --32 "$here/i386_vdso_probe.S" -o "$dir/i386_vdso_probe.o" 2>"$dir/i386-probe.log" ||
   ! ld -m elf_i386 -static "$dir/i386_vdso_probe.o" -o "$dir/i386_vdso_probe" 2>>"$dir/i386-probe.log"; then
    echo "no: the i386 probe did not build ($dir/i386-probe.log)"
    exit 0
fi
"$dir/i386_vdso_probe" 2>"$dir/i386-probe.log"
status=$?
case $status in
    0) result=yes ;;
    1) result="no: an i386 program ran without a vDSO (emulated through binfmt_misc?)" ;;
    126) result="no: this kernel cannot execute i386 programs (Exec format error: no IA32 emulation)" ;;
    *) result="no: the i386 probe ended with status $status ($(head -c 200 "$dir/i386-probe.log"))" ;;
esac
echo "$result" | tee "$cache"
