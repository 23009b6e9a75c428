#!/usr/bin/env bash
# The installed vrt-cc and vrt-c++ build a program that uses several standard headers
# (several_headers.c), static and static-pie, with gcc and with clang (CC=clang), and the
# program runs; a link line written for glibc (-lc -lm -lpthread -lrt -ldl -lutil) links
# libvrt and nothing of the machine's libc; -c makes an object and links nothing; -E reads no header from /usr/include;
# and the installed tree still works after being copied elsewhere.
#
#   tests/vrt-cc/run.sh <installed prefix> <arch> <links> [<emulator>]
#
# <links> is "static static-pie" or the subset the arch supports. Prints PASS/FAIL lines.
set -uo pipefail
prefix=$1
arch=$2
links=$3
emulator=${4:-}
source_dir=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

check() { # check <name> <command...>: PASS when the command succeeds, else FAIL with its output
    local name=$1
    shift
    if "$@" > "$work/out" 2>&1; then
        echo "PASS vrt-cc/$arch/$name"
    else
        echo "FAIL vrt-cc/$arch/$name: $(grep -m 1 -v '^$' "$work/out")"
    fi
}

build_and_run() { # build_and_run <driver> <compiler> <link> <source>
    local driver=$1 compiler=$2 link=$3 source=$4 output=$work/program
    local flag=
    [ "$link" = static-pie ] && flag=-static-pie
    rm -f "$output"
    if [ "$compiler" = clang ]; then
        CC=clang CXX=clang++ "$prefix/bin/$driver" -O2 -Wall -Wextra -Werror $flag "$source" -o "$output" || return 1
    else
        "$prefix/bin/$driver" -O2 -Wall -Wextra -Werror $flag "$source" -o "$output" || return 1
    fi
    # shellcheck disable=SC2086
    $emulator "$output" > "$work/stdout" || { echo "exit status $?"; return 1; }
    grep -q '^several headers: ok on ' "$work/stdout" || { echo "printed: $(cat "$work/stdout")"; return 1; }
}

cp "$source_dir/several_headers.c" "$work/several_headers.cpp"
for compiler in gcc clang; do
    for link in $links; do
        check "$compiler/$link/c" build_and_run vrt-cc "$compiler" "$link" "$source_dir/several_headers.c"
        check "$compiler/$link/c++" build_and_run vrt-c++ "$compiler" "$link" "$work/several_headers.cpp"
    done
done

# A newcomer's Makefile says LDLIBS=-lm (or -lc, -lpthread...): those must find vrt-cc's empty
# archives, not the machine's glibc ones, whose -lc members would not even link against libvrt.
glibc_link_line() {
    local map=$work/glibc-names.map
    "$prefix/bin/vrt-cc" -O2 "$source_dir/several_headers.c" -o "$work/glibc-names" \
        -lc -lm -lpthread -lrt -ldl -lutil -Wl,-Map,"$map" || return 1
    # shellcheck disable=SC2086
    $emulator "$work/glibc-names" | grep -q '^several headers: ok on ' || { echo "did not run"; return 1; }
    if grep -m 1 -E '^LOAD .*/lib(c|m|pthread|rt|dl|util)[-.]' "$map" | grep -v '/lib/vrt/empty-libs/'; then
        return 1
    fi
}
check glibc-link-line glibc_link_line

compile_only() {
    "$prefix/bin/vrt-cc" -c "$source_dir/several_headers.c" -o "$work/object.o" && [ -f "$work/object.o" ] &&
        ! [ -e "$work/a.out" ]
}
check compile-only compile_only

no_host_headers() {
    "$prefix/bin/vrt-cc" -E "$source_dir/several_headers.c" > "$work/preprocessed" || return 1
    if grep -m 1 '^# [0-9]* "/usr/include' "$work/preprocessed"; then return 1; fi
}
check no-host-headers no_host_headers

relocated() {
    cp -a "$prefix" "$work/moved" &&
        prefix=$work/moved build_and_run vrt-cc gcc static "$source_dir/several_headers.c"
}
check relocated relocated

# The default link drops what nothing refers to: a function no one calls is not in the program,
# unless the user's -Wl,--no-gc-sections, which comes after vrt-cc's --gc-sections, says otherwise.
unused_function_source() {
    printf '%s\n' 'int main(void) { return 0; }' \
        'const char *never_called(void) { return "vrt-cc unused function marker"; }'
}
unused_code_dropped() {
    unused_function_source > "$work/unused.c" &&
        "$prefix/bin/vrt-cc" -O2 "$work/unused.c" -o "$work/unused" || return 1
    if grep -q 'vrt-cc unused function marker' "$work/unused"; then
        echo "the unused function is linked"
        return 1
    fi
}
check unused-code-dropped unused_code_dropped

no_gc_sections_wins() {
    unused_function_source > "$work/unused.c" &&
        "$prefix/bin/vrt-cc" -O2 -Wl,--no-gc-sections "$work/unused.c" -o "$work/unused" || return 1
    grep -q 'vrt-cc unused function marker' "$work/unused" || { echo "-Wl,--no-gc-sections was overridden"; return 1; }
}
check no-gc-sections-wins no_gc_sections_wins
