#!/usr/bin/env bash
# The clients tier's tini: Debian's tini source, built unchanged with its own CMake build and a
# libvrt compiler driver, then run against tini's own test suite and as PID 1.
#
#   tests/clients/tini.sh <arch> <compiler driver, e.g. build/x86_64/gcc/install/bin/vrt-cc> <out folder>
#
# Prints `PASS clients/<arch>/tini/<check>`, `FAIL ...: <why>` or `SKIP ...: <why>` lines.
# Checks:
#   build        CMake configures with the driver as its C compiler and builds the `tini` target
#                (tini's own flags: -std=gnu99 -Werror -Wall -Wextra -pedantic-errors, fortify,
#                stack protector), and sigconf-test, its test helper, with the same driver
#   version      `tini --version` names the version of the Debian source
#   inner-tests  tini's test/run_inner_tests.py, as its CI runs it (FORCE_SUBREAPER=1): every exit
#                status through -e and without, reaping through a subreaper proxy, with -s and
#                TINI_SUBREAPER, -w, SIGTERM/SIGUSR1/SIGUSR2 forwarded (128+N), -g and
#                TINI_KILL_PROCESS_GROUP, the reaping warning, signal dispositions restored for the
#                child (sigconf), and -p (parent-death signal)
#   pid1-*       as PID 1 of a new PID namespace (root): orphans reaped, exit status passed
#                through, SIGTERM forwarded
set -uo pipefail
(($# == 3)) || { echo "usage: $0 ARCH VRT_CC OUT" >&2; exit 2; }
arch=$1 cc=$(realpath "$2") out=$3
label=clients/$arch/tini
here=$(dirname "$(realpath "$0")")
pass() { echo "PASS $label/$1"; }
fail() { echo "FAIL $label/$1: $2"; }
skip() { echo "SKIP $label/$1: $2"; }

rm -rf "$out" && mkdir -p "$out"
build=$(realpath "$out")
# Some of its scripts say `#!/usr/bin/env python`, which Debian names python3 (package
# python-is-python3 would change the whole machine; a private link changes only this run), and
# `#!/usr/bin/env python3` must find Debian's (with python3-psutil and python3-prctl), not
# another one earlier on PATH.
export PATH=$build/python-bin:/usr/bin:/bin:/usr/sbin:/sbin
"$here/build-tini.sh" "$cc" "$build/tini-build" 2>"$build/fetch.log"
status=$?
if ((status == 3)); then
    echo "SKIP $label: the tini source could not be had: $(tail -n 1 "$build/fetch.log")"
    exit 0
elif ((status != 0)); then
    fail build "$(grep -m 1 -E 'error|Error' "$build/tini-build/build.log")"
    for check in version inner-tests pid1-reaping pid1-exit-status pid1-signal; do skip "$check" "tini did not build"; done
    exit 0
fi
src=$("$here/fetch-sources.sh" tini)
mkdir -p "$build/python-bin" && ln -sf /usr/bin/python3 "$build/python-bin/python"
cp "$build/tini-build/tini" "$build/tini"
# The suite's signal test reads every ignored signal's name: none may be ignored when it starts.
if ! "$cc" -o "$build/default_signals" "$here/default_signals.c" >"$build/sigconf.log" 2>&1 ||
   ! "$cc" -o "$build/sigconf-test" "$src/test/sigconf/sigconf-test.c" >>"$build/sigconf.log" 2>&1; then
    fail build "sigconf-test: $(grep -m 1 -E 'error' "$build/sigconf.log")"
    exit 0
fi
pass build
tini=$build/tini
stat -c %s "$tini" >"$build/size.txt"

version=$(sed -n 's/^tini_\([0-9.]*\)-.*/\1/p' "$src/.version")
seen=$("$tini" --version 2>&1)
if [[ $seen == "tini version $version"* ]]; then pass version; else fail version "printed '$seen', expected 'tini version $version'"; fi

# Its suite waits at most 10 s for some events (busy_wait): on a loaded 2-core machine that can
# run out, so a failed run is tried once more, and both logs are kept.
inner_tests() {
    SOURCE_DIR=$src BUILD_DIR=$build FORCE_SUBREAPER=1 PYTHONUNBUFFERED=1 PYTHONPATH=$here/python \
        timeout 300 "$build/default_signals" python3 "$src/test/run_inner_tests.py" >"$build/inner-tests.$1.log" 2>&1 </dev/null &&
        grep -q '^All done, tests as expected' "$build/inner-tests.$1.log"
}
if inner_tests 1 || inner_tests 2; then
    pass inner-tests
else
    log=$build/inner-tests.2.log
    fail inner-tests "$(grep -m 1 -E 'Error|assert' "$log") (twice; last step: $(grep -i '^running' "$log" | tail -n 1); $log)"
fi

if [[ $(id -u) != 0 ]] || ! command -v unshare >/dev/null; then
    for check in pid1-reaping pid1-exit-status pid1-signal; do skip "$check" "needs root and unshare for a PID namespace"; done
    exit 0
fi
ns=(unshare --pid --fork --mount-proc)
# tini's own reaping test: stage_2 leaves orphans that only init can reap; stage_1 waits until
# init has no children but itself. Without reaping it would wait until the timeout.
timeout 60 "${ns[@]}" "$tini" -- "$src/test/reaping/stage_1.py" >"$build/pid1-reaping.log" 2>&1 </dev/null
status=$?
if ((status == 0)) && ! grep -q "zombie reaping won't work" "$build/pid1-reaping.log"; then
    pass pid1-reaping
else
    fail pid1-reaping "exit $status: $(tail -n 1 "$build/pid1-reaping.log")"
fi

"${ns[@]}" "$tini" -- sh -c 'exit 42' </dev/null >/dev/null 2>&1
status=$?
if ((status == 42)); then pass pid1-exit-status; else fail pid1-exit-status "exit $status, expected 42"; fi

# SIGTERM to PID 1 (as seen from outside: unshare's child) reaches the command, whose death by
# it tini reports as 128 + 15.
"${ns[@]}" "$tini" -- sleep 60 </dev/null >/dev/null 2>&1 &
outer=$!
init=
for _ in $(seq 100); do
    read -r init _ <"/proc/$outer/task/$outer/children" 2>/dev/null
    [[ -n $init ]] && [[ -n $(cat "/proc/$init/task/$init/children" 2>/dev/null) ]] && break
    sleep 0.05
done
if [[ -z $init ]]; then
    kill -KILL "$outer" 2>/dev/null; wait "$outer" 2>/dev/null
    fail pid1-signal "tini never started its command"
else
    kill -TERM "$init"
    wait "$outer"
    status=$?
    if ((status == 143)); then pass pid1-signal; else fail pid1-signal "exit $status, expected 143"; fi
fi
