#!/bin/bash
# Fetch a real Debian kernel for one architecture and generation, and print the path of its image.
#
#   tests/multiarch/fetch-kernel.sh [--refresh] <arch> <6.1|6.12|7>
#
# The kernel comes from the machine's own configured Debian sources, through apt: a private apt
# state (own sources list, lists, status, cache; the system's apt state is never touched) whose
# sources reuse the URIs and keyring of the system's Debian entry with the suites of the asked
# generation. The ABI (6.1.0-NN, 6.12.NN+deb13) is read from the flavour's meta package, so the
# newest kernel that downloads is taken, never a hard-coded one. Only /boot/vmlinu* is kept, in
#   ${VRT_CACHE:-/var/cache/libvrt}/kernels/<arch>-<gen>/
# A second call prints the cached path without touching the network; --refresh resolves again.
#
# Exit status: 0 and the path on stdout; 3 when no such kernel can be had (Debian has none, or
# none of the versions its lists name downloads); 1 on any other failure.
#
# What Debian has, found through apt on a Debian 12 machine (November 2026; the ABI numbers move):
#
#   arch      debarch   meta package              6.1: bookworm            6.12                        image kept (MB)
#   x86_64    amd64     linux-image-amd64         6.1.0-56 (security)      trixie 6.12.117+deb13       bzImage (8, 12)
#   i386      i386      linux-image-686           6.1.0-50                 none: trixie has no i386    bzImage (6)
#                                                                          kernel, backports stops at
#                                                                          6.5; boot on x86_64 instead
#   aarch64   arm64     linux-image-arm64         6.1.0-56 (security)      trixie 6.12.117+deb13       Image with EFI stub (32, 36)
#   arm       armhf     linux-image-armmp         6.1.0-50                 trixie 6.12.107+deb13       zImage (6, 6)
#   riscv64   riscv64   linux-image-riscv64       none: not a bookworm     trixie 6.12.107+deb13       EFI Image (30)
#                                                 architecture
#   ppc64le   ppc64el   linux-image-powerpc64le   6.1.0-50                 trixie 6.12.107+deb13       ELF vmlinux (44, 45)
#   s390x     s390x     linux-image-s390x         6.1.0-50                 trixie 6.12.107+deb13       compressed image (5, 9)
#   mips64el  mips64el  linux-image-5kc-malta     6.1.0-50                 bookworm-backports          self-decompressing ELF (5, 7)
#                                                                          6.12.95+deb12 (not in trixie)
#   mipsel    mipsel    linux-image-4kc-malta     6.1.0-50                 none: not in trixie nor     self-decompressing ELF (5)
#                                                                          backports; boot on mips64el
#
# Linux 7.x (trixie-backports, December 2026): the lists name 7.3.4, which downloads for amd64
# and arm64 (image split out into linux-binary-7.x); armhf, ppc64el, riscv64 and s390x take
# 7.2.11 from the pool through the source index (see below).
#
# bookworm-security builds only amd64, arm64, armhf, i386 and ppc64el, so the others take the
# point release's ABI. The mirror this was measured through served stale security and
# trixie-updates indexes for several arches ("File has unexpected size"): those suites are
# skipped with a warning and the point release's kernel is taken (6.1.0-50 for armhf, i386 and
# ppc64el; 6.12.107 rather than trixie-security's newer one for armhf, riscv64, ppc64el, s390x).
set -euo pipefail
trap 'echo "fetch-kernel: failed at line $LINENO" >&2' ERR

refresh=0
[[ ${1:-} == --refresh ]] && { refresh=1; shift; }
(($# == 2)) || { echo "usage: $0 [--refresh] <arch> <6.1|6.12|7>" >&2; exit 1; }
arch=$1 gen=$2

# debarch and flavour: the one table of architectures.
. "$(dirname "$0")/../architectures.sh"
[[ -n ${debarch[$arch]:-} ]] || { echo "fetch-kernel: unknown arch '$arch'" >&2; exit 1; }
# The suites searched for each generation (kernels never go to -updates; -security has the
# newest ABI of the arches it builds).
case $gen in
    6.1) suites=(bookworm bookworm-security) ;;
    6.12) suites=(trixie trixie-security bookworm-backports) ;;
    # Linux 7.x: trixie-backports, for amd64, arm64, armhf, ppc64el, s390x and riscv64.
    7) suites=(trixie-backports) ;;
    *) echo "fetch-kernel: generation must be 6.1, 6.12 or 7, not '$gen'" >&2; exit 1 ;;
esac
d=${debarch[$arch]}
meta=linux-image-${flavour[$arch]}

if [[ -n ${VRT_CACHE:-} ]]; then cache=$VRT_CACHE
elif [[ $(id -u) == 0 ]]; then cache=/var/cache/libvrt
else cache=${XDG_CACHE_HOME:-$HOME/.cache}/libvrt
fi
dest=$cache/kernels/$arch-$gen

cached() { local images=("$dest"/vmlinu*); [[ -f ${images[0]} ]] && echo "${images[0]}"; }
if ((!refresh)) && [[ -n $(cached) ]]; then cached; exit 0; fi
# One download per kernel even when several tests ask for it at once.
mkdir -p "$cache/kernels"
exec 9>"$cache/kernels/.lock-$arch-$gen"
flock 9
if ((!refresh)) && [[ -n $(cached) ]]; then cached; exit 0; fi

# The system's Debian entries: "URI suite signed-by" for each suite of each `deb` entry, from
# deb822 .sources files and one-line sources.list files alike.
system_entries() {
    local f
    for f in /etc/apt/sources.list.d/*.sources; do
        [[ -f $f ]] || continue
        awk 'function flush() { if (types ~ /(^| )deb( |$)/) { n = split(suites, s, " "); m = split(uris, u, " ")
                                  for (j = 1; j <= m; j++) for (i = 1; i <= n; i++)
                                      print u[j], s[i], (key == "" ? "-" : key) }
                                types = uris = suites = key = "" }
             /^[ \t]*#/ { next }
             /^[ \t]*$/ { flush(); next }
             { v = $0; sub(/^[^:]*:[ \t]*/, "", v) }
             tolower($1) == "types:" { types = v } tolower($1) == "uris:" { uris = v }
             tolower($1) == "suites:" { suites = v } tolower($1) == "signed-by:" { key = v }
             END { flush() }' "$f"
    done
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [[ -f $f ]] || continue
        sed -nE 's/^deb[ \t]+(\[([^]]*)\][ \t]+)?([^ \t]+)[ \t]+([^ \t]+).*/\3 \4 \2/p' "$f" |
            while read -r uri suite opts; do
                key=$(sed -nE 's/.*signed-by=([^ ]+).*/\1/p' <<<"$opts")
                echo "$uri $suite ${key:--}"
            done
    done
}
codename=$(. /etc/os-release && echo "$VERSION_CODENAME")
entries=$(system_entries)
main=$(awk -v s="$codename" '$2 == s { print $1, $3; exit }' <<<"$entries")
security=$(awk -v s="$codename-security" '$2 == s { print $1, $3; exit }' <<<"$entries")
[[ -n $main ]] || { echo "fetch-kernel: no '$codename' entry in the system's apt sources" >&2; exit 1; }

# The apt state lives only as long as this run: a kernel once cached needs no lists.
work=$(mktemp -d "$cache/fetch.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 1' INT TERM HUP
# apt downloads as its unprivileged _apt user when that user may write the folder.
chmod 755 "$work"
[[ $(id -u) == 0 ]] && id _apt >/dev/null 2>&1 && chown _apt "$work"
state=$work/apt
mkdir -p "$state/lists/partial" "$state/cache/archives/partial" "$state/parts"
: >"$state/status"
{
    for suite in "${suites[@]}"; do
        if [[ $suite == *-security ]]; then set -- $security; else set -- $main; fi
        (($#)) || continue
        echo "deb [arch=$d${2:+$([[ $2 != - ]] && echo " signed-by=$2")}] $1 $suite main"
    done
} >"$state/sources.list"

apt_opts=(-o Dir::State="$state" -o Dir::State::status="$state/status"
          -o Dir::Etc::SourceList="$state/sources.list" -o Dir::Etc::SourceParts="$state/parts"
          -o Dir::Etc::PreferencesParts="$state/parts" -o Dir::Etc::Preferences="$state/parts/none"
          -o Dir::Cache="$state/cache" -o Dir::Cache::pkgcache="$state/cache/pkgcache.bin"
          -o Dir::Cache::srcpkgcache="$state/cache/srcpkgcache.bin"
          -o APT::Architecture="$d" -o APT::Architectures="$d"
          -o Acquire::Languages=none -o APT::Get::List-Cleanup=true)

echo "fetch-kernel: $arch $gen: updating the package lists of ${suites[*]} for $d" >&2
# An index that fails (a mirror caught mid-sync, say) is not fatal: apt keeps the others, and the
# newest kernel among the suites that answered is taken.
if ! apt-get "${apt_opts[@]}" -qq update >"$work/update.log" 2>&1; then
    echo "fetch-kernel: warning: some package lists failed; using the suites that answered:" >&2
    grep '^E: Failed to fetch' "$work/update.log" | cut -c1-160 >&2 || true
fi

# Every version of the meta package the lists name, in every suite, newest first, depends on one
# versioned image package of the generation asked for; each of those in every version the lists
# name is a candidate, newest first. The newest is not always there: a security pool or a
# backports suite may list a version whose file the mirror does not have yet (404), so each is
# tried in turn until one downloads.
candidates=()
while read -r version; do
    image=$(apt-cache "${apt_opts[@]}" show "$meta=$version" 2>/dev/null |
            sed -nE 's/^Depends: .*(linux-image-[0-9][^ ,]*).*/\1/p' | head -n 1)
    [[ $image == linux-image-$gen.* ]] || continue
    while read -r image_version; do
        candidates+=("$image=$image_version")
    done < <(apt-cache "${apt_opts[@]}" madison "$image" 2>/dev/null | awk -F' *[|] *' '{ print $2 }' | sort -rVu)
done < <(apt-cache "${apt_opts[@]}" madison "$meta" 2>/dev/null | awk -F' *[|] *' '{ print $2 }' | sort -rVu)
mapfile -t candidates < <(printf '%s\n' ${candidates[@]+"${candidates[@]}"} | awk 'NF && !seen[$0]++')
if ((${#candidates[@]} == 0)) && ! compgen -G "$state/lists/*_dists_${suites[0]}_InRelease" >/dev/null; then
    echo "fetch-kernel: could not reach the Debian archive for ${suites[0]}:" >&2
    cat "$work/update.log" >&2
    exit 1
fi
if ((${#candidates[@]} == 0)); then
    echo "fetch-kernel: Debian has no $gen kernel for $arch ($meta, $d) in ${suites[*]}" >&2
    exit 3
fi

# apt fetches a version from one of the suites that list it; the same file may be missing from
# one pool and present in another, so each version is tried from each suite alone (the lists are
# already here: a sources list of one line needs no update, only a cache of its own).
split -l 1 "$state/sources.list" "$work/suite."
deb=
for candidate in "${candidates[@]}"; do
    for suite_list in "$work"/suite.*; do
        rm -f "$work"/*.deb
        (cd "$work" && apt-get "${apt_opts[@]}" -o Dir::Etc::SourceList="$suite_list" \
            -o Dir::Cache::pkgcache= -o Dir::Cache::srcpkgcache= -qq download "$candidate") \
            >"$work/download.log" 2>&1 || true
        debs=("$work"/*.deb)
        [[ -f ${debs[0]} ]] && { deb=${debs[0]}; break 2; }
        error=$(grep -m 1 -E '^(E|Err):' "$work/download.log" | cut -c1-160)
        # A suite that does not list this version says so; only real failures are worth a line.
        [[ $error == *"Unable to locate"* || $error == *"Can't find a source"* || -z $error ]] ||
            echo "fetch-kernel: $candidate from $(awk '{ print $(NF - 1) }' "$suite_list"): $error" >&2
    done
done

# A binary list names only the newest upload of a package, and the pool may not have that
# upload's files yet while it still has older uploads' (trixie-backports, December 2026: the
# lists name 7.3.4 alone, which gives 404 for armhf, ppc64el, riscv64 and s390x; 7.2.11 and
# older are in the pool). A suite's source index (Sources) names every upload of the linux
# source package it still carries, with its pool folder and its binary packages; the image
# package of each, for this flavour and generation, is tried in the pool, newest first.
# Those files are no longer in any signed binary index, so nothing vouches for their checksums:
# they are fetched unverified (apt-helper, through apt's own proxy settings), which is why this
# is only the last resort, and the image only ever runs inside qemu-system.
pool=   # "uri folder" of the upload the image came from, when it came from the pool
pool_url() { # <package> <version>: the file's address in the pool of the current suite
    local v=${2#*:}
    v=${v//+/%2b}; v=${v//\~/%7e}
    echo "$pool/${1//+/%2b}_${v}_$d.deb"
}
pool_download() { # <package> <version>: into $work; true when it came
    rm -f "$work"/*.deb
    /usr/lib/apt/apt-helper "${apt_opts[@]}" download-file "$(pool_url "$1" "$2")" "$work/$1.deb" \
        >"$work/download.log" 2>&1 && [[ -s $work/$1.deb ]]
}
if [[ -z $deb ]]; then
    echo "fetch-kernel: none of the ${#candidates[@]} $gen kernels the lists name for $arch downloaded (${candidates[*]}); trying the older uploads the source index names" >&2
    tried=0
    while read -r suite_list; do
        set -- $(sed -E 's/^deb \[[^]]*\] //' "$suite_list")   # uri suite component
        lists=$work/sources-$2
        mkdir -p "$lists/partial"
        sed 's/^deb /deb-src /' "$suite_list" >"$lists.list"
        apt-get "${apt_opts[@]}" -o Dir::State::Lists="$lists" -o Dir::Etc::SourceList="$lists.list" \
            -o APT::Get::List-Cleanup=false -qq update >"$work/update.log" 2>&1 || true
        # "version folder package" for each upload of generation $gen that builds this flavour's
        # image for this architecture (Package-List: "<package> deb <section> <priority> arch=...").
        while read -r version folder package; do
            pool="$1/$folder"
            tried=$((tried + 1))
            if pool_download "$package" "$version"; then
                deb=$work/$package.deb
                echo "fetch-kernel: $arch $gen: $package=$version from the $2 pool (not in its lists; unverified)" >&2
                break 2
            fi
        done < <(apt-cache "${apt_opts[@]}" -o Dir::State::Lists="$lists" -o Dir::Cache::pkgcache= \
                     -o Dir::Cache::srcpkgcache= -o Dir::Etc::SourceList="$lists.list" showsrc linux 2>/dev/null |
                 awk -v gen="$gen" -v flavour="${flavour[$arch]}" -v d="$d" '
                     /^Version: / { version = $2 } /^Directory: / { folder = $2 }
                     /^Package-List:/ { in_list = 1; next }
                     in_list && /^ / { if ($1 ~ "^linux-image-" gen "\\.[^ ]*-" flavour "(-unsigned)?$" &&
                                           ("," substr($5, 6) ",") ~ ("," d ",")) image = $1; next }
                     { in_list = 0 }
                     /^$/ { if (version ~ "^" gen "\\." && image != "") print version, folder, image
                            version = folder = image = "" }
                     END { if (version ~ "^" gen "\\." && image != "") print version, folder, image }' |
                 sort -rV -k1,1 | awk '!seen[$1]++')
    done < <(printf '%s\n' "$work"/suite.*)
    if [[ -z $deb ]]; then
        echo "fetch-kernel: none of the $tried older $gen uploads the source index names for $arch is in the pool either" >&2
        exit 3
    fi
fi
echo "fetch-kernel: $arch $gen: downloaded $(basename "$deb")" >&2
# The image is the first thing in the archive: tar stops there (--occurrence) instead of
# decompressing every module after it, and dpkg-deb's complaint about the closed pipe is moot.
dpkg-deb --fsys-tarfile "$deb" 2>/dev/null | tar -x -C "$work" --occurrence=1 --wildcards './boot/vmlinu*' 2>/dev/null || true
if ! compgen -G "$work/boot/vmlinu*" >/dev/null; then
    # Debian's 7.x packages split the image out: linux-image-7.x depends on linux-binary-7.x,
    # which holds usr/lib/modules/<version>/vmlinuz. That package, in the version just fetched.
    binary=$(dpkg-deb -f "$deb" Depends | grep -o 'linux-binary-[^ ,]*' | head -n 1)
    version=$(dpkg-deb -f "$deb" Version)
    [[ -n $binary ]] || { echo "fetch-kernel: no /boot/vmlinu* in $(basename "$deb"), nor a linux-binary dependency" >&2; exit 1; }
    echo "fetch-kernel: $arch $gen: downloading $binary=$version (the image itself)" >&2
    rm -f "$work"/*.deb
    if [[ -n $pool ]]; then pool_download "$binary" "$version" || true
    else (cd "$work" && apt-get "${apt_opts[@]}" -qq download "$binary=$version") >"$work/download.log" 2>&1 || true
    fi
    debs=("$work"/*.deb)
    [[ -f ${debs[0]} ]] || { echo "fetch-kernel: $binary=$version did not download: $(grep -m 1 -E '^(E|Err):' "$work/download.log" | cut -c1-160)" >&2; exit 3; }
    dpkg-deb --fsys-tarfile "${debs[0]}" 2>/dev/null | tar -x -C "$work" --occurrence=1 --wildcards './usr/lib/modules/*/vmlinu*' || true
    images=("$work"/usr/lib/modules/*/vmlinu*)
    [[ -f ${images[0]} ]] || { echo "fetch-kernel: no vmlinuz in $(basename "${debs[0]}")" >&2; exit 1; }
    mkdir -p "$work/boot"
    mv "${images[0]}" "$work/boot/$(basename "${images[0]}")-$(basename "$(dirname "${images[0]}")")"
fi
mkdir -p "$dest"
rm -f "$dest"/vmlinu* "$dest"/pvh-*   # pvh-*: boot.sh's unpacked x86_64 kernel
mv "$work"/boot/vmlinu* "$dest/"
cached
