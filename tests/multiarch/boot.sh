#!/bin/bash
# Boot a static program as /init on a real Debian kernel under qemu-system, and show the console.
#
#   tests/multiarch/boot.sh [options] <arch> <kernel-arch> <6.1|6.12|7> <init> [file[=/path]...]
#
#   arch          what <init> is built for (documentation and the log line; the kernel decides)
#   kernel-arch   whose kernel boots it: the same arch, or a compat pair: arm on aarch64, mipsel
#                 on mips64el, i386 on x86_64
#   init          the static program that becomes /init, the whole initramfs with the extra files
#   file=/path    an extra file for the initramfs (default place: /<its name>), e.g.
#                 build/mipsel/gcc/boot/suite=/bin/suite
#
#   --expect REGEX   the console must show a line matching this extended regex (repeatable);
#                    exit 0 only when each one did
#   --timeout SECS   give up after this long (default $BOOT_TIMEOUT or 120): exit 124
#   --append ARGS    more kernel command line; words after `--` are handed to /init as argv
#   --kernel FILE    boot this kernel image instead of the cached Debian one
#   --quiet          do not echo the console (it is still matched)
#
# The kernel comes from fetch-kernel.sh (downloaded once, then cached). The machine has 512 MiB,
# one CPU, no disk, no network; the console is a serial port on stdio, stdin is /dev/null.
# `panic=-1` with `-no-reboot` makes qemu exit when /init exits or dies, so every run ends by itself.
#
# Exit status: 0 when /init powered the machine off (reboot(RB_POWER_OFF)) or exited with status
# 0; otherwise its exit status (128+signal if a signal killed it); 1 for another panic, a boot
# that ended without either, or an --expect that never matched; 124 on timeout; 3 when Debian
# has no such kernel.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

expect=() timeout=${BOOT_TIMEOUT:-120} append='' kernel='' quiet=0
while (($#)); do
    case $1 in
        --expect) expect+=("$2"); shift 2 ;;
        --timeout) timeout=$2; shift 2 ;;
        --append) append=$2; shift 2 ;;
        --kernel) kernel=$2; shift 2 ;;
        --quiet) quiet=1; shift ;;
        --) shift; break ;;
        -*) echo "boot: unknown option $1" >&2; exit 1 ;;
        *) break ;;
    esac
done
(($# >= 4)) || { sed -n '2,/^set -e/p' "$0" | sed 's/^# \{0,1\}//;$d' >&2; exit 1; }
arch=$1 karch=$2 gen=$3 init=$4
shift 4
[[ -f $init ]] || { echo "boot: no such program: $init" >&2; exit 1; }

# The recipe per kernel arch, from the one table of architectures: qemu-system binary, machine
# and cpu, and the kernel's console.
. "$here/../architectures.sh"
[[ -n ${qemu_system[$karch]:-} ]] || { echo "boot: unknown kernel arch '$karch'" >&2; exit 1; }
read -r -a qemu <<<"${qemu_system[$karch]}"
con=${console[$karch]}
[[ $arch == "$karch" || ${also_on[$arch]:-} == "$karch" ]] ||
    { echo "boot: a $arch program does not run on a $karch kernel" >&2; exit 1; }
command -v "${qemu[0]}" >/dev/null ||
    { echo "boot: ${qemu[0]} is missing: run tests/multiarch/install-toolchains.sh $karch" >&2; exit 1; }

# x86_64: the ELF kernel inside Debian's bzImage boots through its PVH entry point, which skips
# the real-mode setup and a decompression that costs TCG 10-20 s per boot. It is unpacked once,
# beside the bzImage (Documentation/arch/x86/boot.rst: setup_sects at 0x1f1, payload_offset and
# payload_length at 0x248, from the start of the protected-mode code). Debian's 686 kernel has no
# PVH entry, so i386 boots its bzImage.
pvh_kernel() {
    local bzimage=$1 elf setup_sects payload_offset payload_length start magic decompress
    elf=$(dirname "$bzimage")/pvh-$(basename "$bzimage")
    [[ -f $elf ]] && { echo "$elf"; return 0; }
    setup_sects=$(od -An -tu1 -j $((0x1f1)) -N1 "$bzimage")
    ((setup_sects)) || setup_sects=4
    payload_offset=$(od -An -tu4 -j $((0x248)) -N4 "$bzimage")
    payload_length=$(od -An -tu4 -j $((0x24c)) -N4 "$bzimage")
    start=$(((setup_sects + 1) * 512 + payload_offset))
    magic=$(od -An -tx1 -j "$start" -N4 "$bzimage" | tr -d ' ')
    case $magic in
        fd377a58) decompress=(xz -dc) ;;
        28b52ffd) decompress=(zstd -dcq) ;;
        1f8b08*) decompress=(gzip -dc) ;;
        *) return 1 ;;
    esac
    command -v "${decompress[0]}" >/dev/null || return 1
    # The payload ends with its 4-byte uncompressed size, which the decompressors call garbage:
    # the ELF's PVH note (XEN_ELFNOTE_PHYS32_ENTRY, 0x12) is the proof that it came out whole.
    dd if="$bzimage" iflag=skip_bytes,count_bytes skip="$start" count=$((payload_length)) status=none |
        "${decompress[@]}" >"$elf.$$" 2>/dev/null || true
    if readelf -n "$elf.$$" 2>/dev/null | grep -q 'Xen.*(0x00000012)'; then
        mv "$elf.$$" "$elf" && echo "$elf" && return 0
    fi
    rm -f "$elf.$$"
    return 1
}

if [[ -z $kernel ]]; then
    kernel=$("$here/fetch-kernel.sh" "$karch" "$gen") || exit $?
    if [[ $karch == x86_64 ]] && pvh=$(pvh_kernel "$kernel"); then kernel=$pvh; fi
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/vrt-boot.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir "$work/root"
install -m 755 "$init" "$work/root/init"
for file; do
    src=${file%%=*} dest=/$(basename "$src")
    [[ $file == *=* ]] && dest=${file#*=}
    [[ -f $src ]] || { echo "boot: no such file: $src" >&2; exit 1; }
    install -D -m "$(stat -c %a "$src")" "$src" "$work/root/$dest"
done
# The kernel's built-in initramfs already holds /dev/console, which /init's stdio opens.
(cd "$work/root" && find . -mindepth 1 | LC_ALL=C sort | cpio -o -H newc -R 0:0 --quiet) >"$work/init.cpio"

# x86's SeaBIOS writes its banner and terminal resets to the serial port when there is no VGA;
# a zero etc/sercon-port silences it, so the console holds only the kernel's and /init's lines.
if [[ $karch == x86_64 || $karch == i386 ]]; then
    printf '\0\0' >"$work/sercon-port"
    qemu+=(-fw_cfg "name=etc/sercon-port,file=$work/sercon-port")
fi
cmdline="console=$con panic=-1 quiet${append:+ $append}"
echo "boot: $arch /init on the $karch $gen kernel $(basename "$kernel")" >&2
start=$(date +%s%N)
set +e
# -nodefaults with an explicit serial port: no network card (whose option ROM probing costs
# seconds on x86) and no graphics; the serial port is the console, on stdio.
timeout -k 5 "$timeout" "${qemu[@]}" -nodefaults -nographic -serial mon:stdio -no-reboot \
        -m 512 -smp 1 -kernel "$kernel" -initrd "$work/init.cpio" -append "$cmdline" \
        </dev/null 2>&1 |
    sed -u -e 's/\r//g' -e '/externally provided fw_cfg item names/d' |
    tee "$work/console" | if ((quiet)); then cat >/dev/null; else cat; fi
qemu_status=${PIPESTATUS[0]}
set -e
seconds=$(printf '%d.%d' $(( ($(date +%s%N) - start) / 1000000000 )) $(( ($(date +%s%N) - start) / 100000000 % 10 )))

status=0
if ((qemu_status == 124 || qemu_status == 137)); then
    echo "boot: TIMEOUT: $arch on $karch $gen still running after ${timeout} s" >&2
    status=124
elif grep -q 'reboot: Power down' "$work/console" ||
     { ((qemu_status == 0)) && ! grep -q 'Kernel panic' "$work/console"; }; then
    # s390x powers off before its console has shown the kernel's "reboot: Power down".
    echo "boot: $arch on $karch $gen: powered off after $seconds s" >&2
elif code=$(grep -m 1 -o 'Attempted to kill init! exitcode=0x[0-9a-f]*' "$work/console") && [[ -n $code ]]; then
    wait_status=$((16#${code##*0x}))
    if ((wait_status & 0x7f)); then status=$((128 + (wait_status & 0x7f))); else status=$((wait_status >> 8 & 0xff)); fi
    echo "boot: $arch on $karch $gen: /init ended without powering off (exit status $status) after $seconds s" >&2
elif grep -q 'Kernel panic' "$work/console"; then
    echo "boot: $arch on $karch $gen: KERNEL PANIC after $seconds s: $(grep -m1 'Kernel panic' "$work/console")" >&2
    status=1
else
    echo "boot: $arch on $karch $gen: qemu exited (status $qemu_status) without a power-off after $seconds s" >&2
    status=1
fi

for regex in ${expect[@]+"${expect[@]}"}; do
    if ! grep -Eq -- "$regex" "$work/console"; then
        echo "boot: $arch on $karch $gen: the console never showed /$regex/" >&2
        ((status)) || status=1
    fi
done
exit "$status"
