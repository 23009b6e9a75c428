#!/usr/bin/env bash
# Every function and object the public headers declare is defined in libvrt.a: a declaration
# without a definition would be a link error for the user, where libvrt promises a compile error.
# The list comes from the headers themselves (gcc's -aux-info for functions, the preprocessed
# headers for `extern` objects), and one generated program takes the address of each and links
# statically with libvrt; what the linker cannot find is a failure, named with its header.
#
#   tests/headers/declared.sh <name> <gcc command> <libvrt.a folder> <include options...>
set -uo pipefail
name=$1
compiler=$2
library_dir=$3
shift 3
includes=("$@")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# C headers only: vrt/new.h is C++ (its operators are defined in crt/cxx_new.cpp).
(cd include && find . -name '*.h' ! -path './bits/*' ! -name new.h | sed 's|^\./||' | LC_ALL=C sort) |
    sed 's/.*/#include <&>/' > "$work/all.h"

# shellcheck disable=SC2086
if ! $compiler "${includes[@]}" -std=gnu11 -fsyntax-only -aux-info "$work/functions" -x c \
        "$work/all.h" > "$work/log" 2>&1; then
    echo "FAIL defined/$name: the headers do not compile: $(grep -m 1 error "$work/log")"
    exit 0
fi
# Lines like `/* include/unistd.h:40:NC */ extern ssize_t read (int, void *, size_t);`: N or O
# then C is a declaration (F would be a definition, e.g. an inline function). The name is the
# word before the first parenthesis, so that a parameter like qsort's `int (*) (...)` is not
# taken for it.
sed -n 's|^/\* \(include/[^:]*\):[0-9]*:[NO]C \*/ extern [^(]*[ *]\([A-Za-z_][A-Za-z0-9_]*\) (.*|\2 \1|p' \
    "$work/functions" > "$work/declared"
# Objects: `extern <type> name[, name];` at file scope of a public header.
# shellcheck disable=SC2086
$compiler "${includes[@]}" -std=gnu11 -E -x c "$work/all.h" 2> /dev/null | awk '
    /^# [0-9]+ "/ { file = $3; gsub(/"/, "", file); next }
    file ~ /^include\// && /^extern [^(]*;$/ {
        line = $0; sub(/^extern /, "", line); sub(/;$/, "", line)
        count = split(line, parts, ",")
        for (i = 1; i <= count; i++) {
            part = parts[i]; sub(/\[.*/, "", part)
            if (match(part, /[A-Za-z_][A-Za-z0-9_]*[ ]*$/)) {
                word = substr(part, RSTART, RLENGTH); sub(/ +$/, "", word); print word, file
            }
        }
    }' >> "$work/declared"
sort -u -o "$work/declared" "$work/declared"

{
    cat "$work/all.h"
    echo 'void *const declared[] = {'
    while read -r symbol _; do echo "    (void *)&$symbol,"; done < "$work/declared"
    echo '};'
    echo 'int main(void) { return declared[0] == 0; }'
} > "$work/program.c"
# shellcheck disable=SC2086
$compiler "${includes[@]}" -std=gnu11 -w -static -nostdlib "$work/program.c" -L"$library_dir" -lvrt \
    -o "$work/program" > "$work/link.log" 2>&1
sed -n "s/.*undefined reference to \`\([^']*\)'.*/\1/p" "$work/link.log" | sort -u > "$work/missing"

total=$(wc -l < "$work/declared")
missing=$(wc -l < "$work/missing")
while read -r symbol header; do
    if grep -qx "$symbol" "$work/missing"; then
        echo "FAIL defined/$name/$symbol: declared in $header, not defined in libvrt.a"
    fi
done < "$work/declared"
if [ "$missing" = 0 ] && [ ! -x "$work/program" ]; then
    echo "FAIL defined/$name: the program did not link: $(grep -m 1 -E 'error|undefined' "$work/link.log")"
else
    echo "PASS defined/$name: $((total - missing)) of $total declared functions and objects are in libvrt.a"
fi
