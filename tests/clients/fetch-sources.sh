#!/usr/bin/env bash
# Fetches, once, the third-party sources the clients tier builds, from the machine's own Debian
# sources, and prints where they are. Nothing fetched here is ever committed.
#
#   tests/clients/fetch-sources.sh tini         the Debian source package tini (apt-get source)
#   tests/clients/fetch-sources.sh vdso-selftests
#                                               tools/testing/selftests/vDSO/ (and kselftest.h)
#                                               from Debian's linux-source-<version> package
#
# Cached in ${VRT_CACHE:-/var/cache/libvrt}/sources/<name>/ and printed as that folder; a second
# call prints it without touching the network.
# Source packages need a deb-src entry: as root this adds one beside the system's `deb` entries
# (/etc/apt/sources.list.d/libvrt-deb-src.sources, the same URIs, suites and key), once.
# Exit status: 0 and the folder on stdout; 1 on failure, with the reason on stderr.
set -euo pipefail
(($# == 1)) || { echo "usage: $0 tini|vdso-selftests" >&2; exit 1; }
name=$1

if [[ -n ${VRT_CACHE:-} ]]; then cache=$VRT_CACHE
elif [[ $(id -u) == 0 ]]; then cache=/var/cache/libvrt
else cache=${XDG_CACHE_HOME:-$HOME/.cache}/libvrt
fi
dest=$cache/sources/$name
[[ -f $dest/.complete ]] && { echo "$dest"; exit 0; }
mkdir -p "$cache/sources"
exec 9>"$cache/sources/.lock-$name"
flock 9
[[ -f $dest/.complete ]] && { echo "$dest"; exit 0; }

work=$(mktemp -d "$cache/sources/fetch.XXXXXX")
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"

# A deb-src entry for every deb822 `deb` entry of the system (Debian 12's own format).
add_deb_src() {
    local list=/etc/apt/sources.list.d/libvrt-deb-src.sources
    [[ -f $list ]] && return 0
    [[ $(id -u) == 0 ]] || { echo "fetch-sources: no deb-src entry and not root to add one" >&2; return 1; }
    local f
    for f in /etc/apt/sources.list.d/*.sources; do
        [[ $f == "$list" || ! -f $f ]] && continue
        awk '/^[ \t]*#/ { next }
             tolower($1) == "types:" { sub(/(^| )deb( |$)/, " deb-src ", $0); gsub(/ +/, " "); sub(/ $/, ""); print; next }
             { print }' "$f"
        echo
    done >"$list.tmp"
    grep -q 'deb-src' "$list.tmp" || { rm -f "$list.tmp"; echo "fetch-sources: no deb822 'deb' entry to copy" >&2; return 1; }
    mv "$list.tmp" "$list"
    apt-get update -qq
}

case $name in
tini)
    # A package without deb-src lines in the lists: add them, then apt-get source.
    if ! apt-cache showsrc tini 2>/dev/null | grep -q '^Package: tini'; then add_deb_src; fi
    (cd "$work" && apt-get source -qq --download-only tini 2>&1 | { grep -v '^W: Download is performed unsandboxed' || true; } >&2)
    orig=("$work"/tini_*.orig.tar.*)
    [[ -f ${orig[0]} ]] || { echo "fetch-sources: apt-get source tini gave no orig tarball" >&2; exit 1; }
    mkdir -p "$work/out"
    tar -xf "${orig[0]}" -C "$work/out" --strip-components=1
    # Debian's own patches, as Debian builds it (tini 0.19.0-1 has none; a later one may).
    if compgen -G "$work/tini_*.debian.tar.*" >/dev/null; then
        tar -xf "$work"/tini_*.debian.tar.* -C "$work/out"
        if [[ -f $work/out/debian/patches/series ]]; then
            while read -r patch _; do
                [[ -z $patch || $patch == \#* ]] && continue
                patch -d "$work/out" -p1 -s <"$work/out/debian/patches/$patch"
            done <"$work/out/debian/patches/series"
        fi
    fi
    basename "$work"/tini_*.dsc .dsc >"$work/out/.version"
    ;;
vdso-selftests)
    # The machine's own linux-source-<version> (the newest its lists offer): a tarball of the
    # whole tree, of which only the vDSO selftests and the kselftest header are kept.
    pkg=$(apt-cache depends linux-source 2>/dev/null | sed -n 's/^ *Depends: \(linux-source-[0-9.]*\)$/\1/p' | head -n 1)
    [[ -n $pkg ]] || { echo "fetch-sources: no linux-source package in the apt lists (run apt-get update)" >&2; exit 1; }
    (cd "$work" && apt-get download -qq "$pkg" 2>&1 | { grep -v '^W: Download is performed unsandboxed' || true; } >&2)
    debs=("$work"/"$pkg"_*.deb)
    [[ -f ${debs[0]} ]] || { echo "fetch-sources: apt-get download $pkg failed" >&2; exit 1; }
    dpkg-deb --fsys-tarfile "${debs[0]}" | tar -x -C "$work" --wildcards './usr/src/linux-source-*.tar.xz'
    tarball=("$work"/usr/src/linux-source-*.tar.xz)
    top=$(basename "${tarball[0]}" .tar.xz)
    tar -xJf "${tarball[0]}" -C "$work" --wildcards "$top/tools/testing/selftests/vDSO/*" \
        "$top/tools/testing/selftests/kselftest.h"
    mkdir -p "$work/out"
    mv "$work/$top/tools/testing/selftests/vDSO" "$work/$top/tools/testing/selftests/kselftest.h" "$work/out/"
    basename "${debs[0]}" .deb >"$work/out/.version"
    ;;
*) echo "fetch-sources: unknown source '$name' (tini or vdso-selftests)" >&2; exit 1 ;;
esac

touch "$work/out/.complete"
rm -rf "$dest"
mv "$work/out" "$dest"
echo "$dest"
