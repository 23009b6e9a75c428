#!/usr/bin/env bash
# Writes what one boot of the boot tier runs: the suite runner's manifest (tests/boot/suite.c
# describes its records) and the list of files the initramfs holds.
#
#   tests/boot/manifest.sh <arch> <kernel-arch> <label> <out folder> <compiler/link>...
#
# For every integration program that applies to <arch> (`// arches:`, `// links:`), in every
# configuration (e.g. gcc/static, clang/static-pie), its records from tests/directives.sh, then
# the vrt-vdso subcommands. Writes:
#   <out>/manifest   the manifest (/suite/manifest in the initramfs)
#   <out>/files      a `host-path=/initramfs-path` line per file, for tests/multiarch/boot.sh
#   <out>/host.txt   `FAIL <label>/<name>: did not build: ...` for a program that was not built
set -euo pipefail
arch=$1 karch=$2 label=$3 out=$4
shift 4
gen=${label##*-}   # <arch>/<kernel-arch>-<gen>
mkdir -p "$out"
manifest=$out/manifest files=$out/files host=$out/host.txt
: >"$host"

# Every program's records, read once for all the configurations, and its `arches`/`links`.
declare -A records_of arches_of links_of
for source in tests/integration/*.c tests/integration/*.cpp; do
    records=$(bash tests/directives.sh "$source")
    kept='' arches_of[$source]='' links_of[$source]=''
    while IFS= read -r record; do
        case $record in
            'arches '*) arches_of[$source]=${record#arches } ;;
            'links '*) links_of[$source]=${record#links } ;;
            arg | arg\ * | env\ * | exit\ * | signal\ * | timeout\ * | stdout | stdout\ * | stderr | stderr\ *)
                kept+=$record$'\n' ;;
        esac
    done <<<"$records"
    records_of[$source]=$kept
done

{
    echo "label $label"
    # First, and shown on the console for the host to keep (tests/reference/vdso-info). Every
    # kernel here has a vDSO clock_gettime, which libvrt must have found. arm64's 6.12 vDSOs (the
    # native and the compat one) have only a GNU hash table: checked, to prove the case is met.
    printf 'test vrt-vdso/info /bin/vrt-vdso\narg info\nshow vrt-vdso info\n'
    printf 'line vrt-vdso/libvrt-resolves-clock_gettime-in-the-vDSO|  clock_gettime |@LINUX_\n'
    [[ $karch-${label##*-} != aarch64-6.12 ]] || printf 'line vrt-vdso/vDSO-has-only-a-GNU-hash-table|  hash tables:|GNU only;\n'
    echo end

    for config in "$@"; do
        compiler=${config%/*} link=${config#*/}
        for source in tests/integration/*.c tests/integration/*.cpp; do
            # A program applies to <arch> and <link> unless its `// arches:` or `// links:` say
            # otherwise (tests/directives.sh reads every directive; the suite runs the records).
            arches=${arches_of[$source]} links=${links_of[$source]}
            if [[ -n $arches ]] && [[ " $arches " != *" $arch "* ]]; then continue; fi
            if [[ -n $links ]] && [[ " $links " != *" $link "* ]]; then continue; fi
            name=$(basename "${source%.*}")
            binary=build/$arch/$compiler/tests/$link/$name
            if [[ ! -x $binary ]]; then
                error=$(grep -m 1 -E 'error|undefined reference' "$binary.build.log" 2>/dev/null || true)
                echo "FAIL $label/$config/$name: did not build: ${error:-see $binary.build.log}" >>"$host"
                continue
            fi
            echo "$binary=/t/$config/$name" >>"$files.tmp"
            echo "test $config/$name /t/$config/$name"
            printf '%s' "${records_of[$source]}"
            echo end
        done
    done

    # vrt-vdso on this kernel; 0 means every check held. The explicit line proves that libvrt's
    # own clock_gettime(CLOCK_MONOTONIC) is served by the vDSO, with no system call (seccomp
    # counts them): on arm64 6.12 this needs the GNU hash table, the vDSO having no DT_HASH.
    # verify interleaves the vDSO and the system call for 0.1 s a clock (about 20 of them): some
    # thousands of pairs each even under TCG, where 0.3 s made it a quarter of each boot.
    # A check the tool marks as a known kernel defect (Linux 6.17+ vDSOs answer clock_getres for
    # auxiliary clocks the kernel lacks: tools/vrt-vdso/paths.cpp) becomes a KNOWN line, as in
    # the vdso-tool tier; libvrt's own answer is checked by the programs.
    printf 'test vrt-vdso/verify /bin/vrt-vdso\narg verify\narg -d\narg 0.1\nknown-defect known kernel defect\nend\n'
    printf 'test vrt-vdso/abi /bin/vrt-vdso\narg abi\nknown-defect known kernel defect\nend\n'
    printf 'test vrt-vdso/syscalls /bin/vrt-vdso\narg syscalls\n'
    printf 'line vrt-vdso/libvrt-clock_gettime-MONOTONIC-in-user-space|clock_gettime-MONOTONIC/libvrt:|served in user space\nend\n'
    # Debian's 6.1 and 6.12 kernels for 32-bit Arm and for MIPS have no time namespaces (no
    # CONFIG_TIME_NS): there the tool must say so and exit 77, "could not test". Debian's armmp
    # 7.x kernel has them (booted: 7.2.11), so there, as everywhere else, the checks must run.
    printf 'test vrt-vdso/timens /bin/vrt-vdso\narg timens\n'
    case $karch/$gen in
        arm/6.1 | arm/6.12 | mips64el/* | mipsel/*) printf 'exit 77\nstderr this kernel has no time namespaces\n' ;;
    esac
    echo end
    [[ $arch != x86_64 ]] || printf 'test vrt-vdso/vsyscall /bin/vrt-vdso\narg vsyscall\nend\n'
    printf 'test vrt-vdso/selftest /bin/vrt-vdso\narg selftest\nend\n'

    # The kernel's own vDSO selftests (the clients tier's), cross-built with this arch's vrt-cc
    # (tests/boot.mk): each passes, or skips with kselftest's status 4 and its last line as the
    # reason where its own parse_vdso.c cannot read this vDSO or the vDSO lacks the function.
    clients=build/$arch/gcc/clients/vdso-selftests
    if [[ -f $clients.build.txt ]]; then
        sed -n -E "s#^(FAIL|SKIP) clients/$arch/vdso-selftests#\1 $label/clients#p" "$clients.build.txt" >>"$host"
        for test in $(sed -n "s|^PASS clients/$arch/vdso-selftests/\(.*\)/build$|\1|p" "$clients.build.txt"); do
            limit=$(awk -v t="$test" -v a="$arch" '!/^#/ && $1 == t && ("," $2 ",") ~ ("," a ",") {
                        $1 = $2 = ""; sub(/^ +/, ""); print; exit }' tests/clients/vdso-selftests.limits)
            if [[ -n $limit ]]; then
                echo "SKIP $label/clients/$test: $limit" >>"$host"
                continue
            fi
            echo "$clients/$test=/c/$test" >>"$files.tmp"
            printf 'test clients/%s /c/%s\nskip-exit 4\nend\n' "$test" "$test"
        done
    else
        echo "FAIL $label/clients: the vDSO selftests were not built ($clients.build.txt)" >>"$host"
    fi
} >"$manifest"

{ cat "$files.tmp" 2>/dev/null || true; } >"$files"
rm -f "$files.tmp"
