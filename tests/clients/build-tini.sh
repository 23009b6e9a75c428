#!/usr/bin/env bash
# Builds Debian's tini source unchanged, with its own CMake build, with one C compiler.
#
#   tests/clients/build-tini.sh <C compiler> <build folder> [target]
#
# target: tini (default) or tini-static (tini's own -static link, for a compiler such as musl-gcc
# that links dynamically by default). The program is <build folder>/<target>; CMake's and make's
# output is in <build folder>/build.log. Exit status: 0 when it built; 3 when the source could
# not be had (the reason on stderr); 1 otherwise.
set -uo pipefail
(($# >= 2)) || { echo "usage: $0 CC BUILD [tini|tini-static]" >&2; exit 2; }
cc=$1 build=$2 target=${3:-tini}
here=$(dirname "$(realpath "$0")")
src=$("$here/fetch-sources.sh" tini) || exit 3
rm -rf "$build" && mkdir -p "$build"
# A bare compiler name is looked up on PATH by CMake; a path must be absolute.
[[ $cc == */* ]] && cc=$(realpath "$cc")
(cd "$build" && cmake -DCMAKE_C_COMPILER="$cc" "$src" && make "$target") >"$build/build.log" 2>&1
