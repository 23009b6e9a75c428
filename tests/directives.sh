#!/usr/bin/env bash
# The one reader of the directives that open a test program (tests/integration/*.c, *.cpp):
# the comment lines at the very top of its source, one directive a line, the block ending at the
# first line that does not start with `//`.
#
#   tests/directives.sh <source>          every directive, as records `<key> <value>`, one a line
#   tests/directives.sh <source> <key>    the values of one key, one a line
#   tests/directives.sh --make <source>...
#                                         the keys the build reads (cflags, arches, links,
#                                         qemu-user-skip) as make variables directive.<source>.<key>
#
# tests/run-program.sh and tests/boot/manifest.sh read the records, tests/check.mk the make
# variables (build/directives.mk, made once rather than a process per program and key). The records are the ones the boot suite's manifest holds (tests/boot/suite.c), so a
# directive means the same on the host and on a real kernel.
#
#   directive in the source            record(s)
#   // expect-exit: N                  exit N              its exit status (default 0)
#   // expect-signal: N                signal N            it must die by signal N instead
#   // expect-stdout: TEXT             stdout TEXT         one line of its whole stdout (repeat the
#                                                          directive per line; `ok `/`skip ` lines
#                                                          of tests/integration/self_check.h are
#                                                          left out of the comparison)
#   // expect-stdout-file: F           stdout LINE...      the same, the lines of tests/integration/F
#   // expect-stderr: TEXT             stderr TEXT         its stderr must contain TEXT (repeatable)
#   // args: WORDS                     arg WORD...         its arguments, as shell words ('' is empty)
#   // env: NAME=VALUE ...             env NAME=VALUE...   its environment, as shell words
#   // timeout: SECONDS                timeout SECONDS     how long it may run (default 60)
#   // cflags: FLAGS                   cflags FLAGS        extra compiler flags
#   // arches: ARCH ...                arches ARCH ...     build and run it only on these arches
#   // links: LINK ...                 links LINK ...      only in these link modes (static,
#                                                          static-pie): for what the others cannot
#                                                          exercise, so its checks would hold
#                                                          whatever libvrt did
#   // qemu-user-skip: ARCH ... (why)  qemu-user-skip ...  not in the qemu-user tier on those arches,
#                                                          for an emulator bug (the real kernels
#                                                          still run it)
# Where a directive that takes one value is repeated, the last one counts.
set -euo pipefail
(($# >= 1)) || { echo "usage: $0 SOURCE [KEY] | --make SOURCE..." >&2; exit 2; }
source=$1

# The raw values of one directive, a line each.
raw() {
    sed -n -e '/^\/\//!q' -e "s|^// $1: \{0,1\}||p" "$source"
}
last() { raw "$1" | tail -n 1; }
# Shell words, as the directive writes them (the sources are this repository's own).
words() {
    local text
    text=$(raw "$1" | tr '\n' ' ')
    eval "local w=($text)"
    for word in ${w[@]+"${w[@]}"}; do printf '%s %s\n' "$2" "$word"; done
}

# The records of one key.
record() {
    local value
    case $1 in
        arg) words args arg ;;
        env) words env env ;;
        exit | signal)
            if value=$(last expect-signal) && [[ -n $value ]]; then
                [[ $1 != signal ]] || echo "signal $value"
            else
                value=$(last expect-exit)
                [[ $1 != exit ]] || echo "exit ${value:-0}"
            fi ;;
        stdout)
            value=$(last expect-stdout-file)
            if [[ -n $value ]]; then
                sed 's/^/stdout /' "$(dirname "$source")/$value"
            else
                raw expect-stdout | sed 's/^/stdout /'
            fi ;;
        stderr) raw expect-stderr | sed 's/^/stderr /' ;;
        timeout | cflags | arches | links | qemu-user-skip)
            value=$(last "$1")
            [[ -z $value ]] || echo "$1 $value" ;;
        *) echo "directives: no such key '$1'" >&2; exit 2 ;;
    esac
}

if [[ $1 == --make ]]; then
    shift
    for source; do
        for key in cflags arches links qemu-user-skip; do
            value=$(last "$key")
            value=${value//\$/\$\$} value=${value//#/\\#}
            echo "directive.$source.$key := $value"
        done
    done
elif (($# == 1)); then
    for key in arg env exit signal timeout stdout stderr cflags arches links qemu-user-skip; do
        record "$key"
    done
else
    record "$2" | sed "s|^$2 \{0,1\}||"
fi
