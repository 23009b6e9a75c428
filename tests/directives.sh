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
#
# Bash built-ins only, no process per key: the harness reads every program's directives for
# every run and every boot, so a sed per key and program cost minutes of a whole `make check`.
set -euo pipefail
(($# >= 1)) || { echo "usage: $0 SOURCE [KEY] | --make SOURCE..." >&2; exit 2; }

# read_directives <source>: fills `last` (the last value of each key) and `all_<key>` (every
# value of the repeatable keys, in order), from the comment block at the top of <source>.
read_directives() {
    local line key value
    last=() all_args=() all_env=() all_stdout=() all_stderr=()
    while IFS= read -r line || [[ -n $line ]]; do
        [[ $line == //* ]] || break
        [[ $line =~ ^//\ ([a-z0-9-]+):\ ?(.*)$ ]] || continue
        key=${BASH_REMATCH[1]} value=${BASH_REMATCH[2]}
        case $key in
            args) all_args+=("$value") ;;
            env) all_env+=("$value") ;;
            expect-stdout) all_stdout+=("$value") ;;
            expect-stderr) all_stderr+=("$value") ;;
        esac
        last[$key]=$value
    done <"$1"
}

# Shell words, as the directive lines write them (the sources are this repository's own).
words() {  # words <record name> <lines>...
    local name=$1
    shift
    (($#)) || return 0
    local text="$*"
    eval "local w=($text)"
    for word in ${w[@]+"${w[@]}"}; do printf '%s %s\n' "$name" "$word"; done
}

# The records of one key, for the source read last.
record() {
    local value line
    case $1 in
        arg) words arg ${all_args[@]+"${all_args[@]}"} ;;
        env) words env ${all_env[@]+"${all_env[@]}"} ;;
        exit | signal)
            value=${last[expect-signal]:-}
            if [[ -n $value ]]; then
                [[ $1 != signal ]] || echo "signal $value"
            else
                value=${last[expect-exit]:-}
                [[ $1 != exit ]] || echo "exit ${value:-0}"
            fi ;;
        stdout)
            value=${last[expect-stdout-file]:-}
            if [[ -n $value ]]; then
                while IFS= read -r line || [[ -n $line ]]; do echo "stdout $line"; done <"$(dirname "$source")/$value"
            else
                for line in ${all_stdout[@]+"${all_stdout[@]}"}; do echo "stdout $line"; done
            fi ;;
        stderr) for line in ${all_stderr[@]+"${all_stderr[@]}"}; do echo "stderr $line"; done ;;
        timeout | cflags | arches | links | qemu-user-skip)
            value=${last[$1]:-}
            [[ -z $value ]] || echo "$1 $value" ;;
        *) echo "directives: no such key '$1'" >&2; exit 2 ;;
    esac
}

declare -A last
if [[ $1 == --make ]]; then
    shift
    for source; do
        read_directives "$source"
        for key in cflags arches links qemu-user-skip; do
            value=${last[$key]:-}
            value=${value//\$/\$\$} value=${value//#/\\#}
            echo "directive.$source.$key := $value"
        done
    done
elif (($# == 1)); then
    source=$1
    read_directives "$source"
    for key in arg env exit signal timeout stdout stderr cflags arches links qemu-user-skip; do
        record "$key"
    done
else
    source=$1
    read_directives "$source"
    record "$2" | { while IFS= read -r line; do
        line=${line#"$2"}
        echo "${line# }"
    done; }
fi
