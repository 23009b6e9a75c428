#!/usr/bin/env bash
# The vrt-init tier: runs one vrt-init binary as PID 1 of fresh PID namespaces
# (`unshare --pid --fork --mount-proc`, so it needs root) and as a plain child, and prints one
# line per behaviour: `PASS init/<label>/<name>` or `FAIL init/<label>/<name>: <what was seen>`.
#
#   tests/init/run.sh <vrt-init binary> <label>
#
# With VRT_INIT_EMULATOR=<qemu-user binary> in the environment, vrt-init runs under that
# emulator (an i386 vrt-init on a kernel that cannot run i386 programs; the commands it starts
# are the host's own). What the emulator cannot do is a SKIP with what it said.
#
# Each check compares what the command observed or what vrt-init ended with against the
# expected value, and each has a control where one is needed to show the observation could
# have come out otherwise (a zombie the detector does see; no reparenting without -s; no group
# signal without -g; no death without -p).
set -uo pipefail
# Job control, so that background jobs keep SIGINT and SIGQUIT (a shell without it starts them
# with both ignored, and the commands below could then not trap them).
set -m

[ $# -eq 2 ] || { echo "usage: $0 VRT_INIT LABEL" >&2; exit 2; }
init=$(realpath "$1") label=$2
here=$(dirname "$(realpath "$0")")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
emulator=${VRT_INIT_EMULATOR:-}
if [ -n "$emulator" ]; then
    # A command of one word, as the checks below need: it execs the emulator, so it keeps its pid.
    printf '#!/bin/sh\nexec %s %s "$@"\n' "$(command -v "$emulator")" "$init" >"$work/vrt-init"
    chmod 755 "$work/vrt-init"
    init=$work/vrt-init
fi

pass() { echo "PASS init/$label/$1"; }
skip() { echo "SKIP init/$label/$1: $2"; }
fail() { echo "FAIL init/$label/$1: $2"; }
# expect NAME SEEN EXPECTED
expect() {
    if [ "$2" = "$3" ]; then pass "$1"; else fail "$1" "got '$2', expected '$3'"; fi
}

# A command, not a function, so that `$!` of a background job is unshare itself, whose only
# child is vrt-init as PID 1 of the new namespace.
in_namespace=(unshare --pid --fork --mount-proc)

# The first child of process $1, waiting up to 5 s for it to appear.
child_of() {
    local child=
    for _ in $(seq 100); do
        read -r child _ < "/proc/$1/task/$1/children" 2>/dev/null
        [ -n "$child" ] && { echo "$child"; return 0; }
        sleep 0.05
    done
    return 1
}

# Waits up to 5 s for process $1 to be running sleep.
runs_sleep() {
    for _ in $(seq 100); do
        [ "$(cat "/proc/$1/comm" 2>/dev/null)" = sleep ] && return 0
        sleep 0.05
    done
    return 1
}

alive() { [ -e "/proc/$1" ] && ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null; }

# Waits up to $2 seconds for background job $1 and sets `ended` to its status, or to "timeout"
# (having killed it). Not for $(...): a subshell cannot wait for its parent's jobs.
wait_for() {
    local i
    for i in $(seq $(($2 * 20))); do
        if ! kill -0 "$1" 2>/dev/null; then
            wait "$1"
            ended=$?
            return
        fi
        sleep 0.05
    done
    kill -KILL "$1" 2>/dev/null
    wait "$1" 2>/dev/null
    ended=timeout
}

# --- as PID 1: reaping ------------------------------------------------------------------------

# 100 grandchildren orphaned at once: the kernel hands them to PID 1, which must reap them all.
seen=$("${in_namespace[@]}" "$init" -- "$here/orphans.sh" 100 2>"$work/err")
expect reaps-100-orphans-as-pid1 "$seen status=$?" "orphans=100 zombies=0 left=0 status=0"

# Control: the detector orphans.sh uses does see a zombie that nobody reaps (the exec'd sleep
# never waits for its own child; that zombie is no orphan, so PID 1 rightly leaves it alone).
seen=$("${in_namespace[@]}" "$init" -- sh -c '(sleep 0 & exec sleep 2) & sleep 0.5; . "$1"; count_zombies' sh \
    "$here/proc_count.sh")
expect control-zombie-detector-sees-unreaped-zombie "$seen" 1

# --- exit statuses ----------------------------------------------------------------------------

for case in "exit 0:0" "exit 42:42" "kill -KILL \$\$:137" "kill -USR1 \$\$:138" "kill -SEGV \$\$:139"; do
    script=${case%:*} expected=${case##*:}
    "${in_namespace[@]}" "$init" -- sh -c "$script" 2>/dev/null
    expect "status-passed-through-as-pid1 ($script)" $? "$expected"
    "$init" -s -- sh -c "$script" 2>/dev/null
    expect "status-passed-through-as-subreaper ($script)" $? "$expected"
done

# --- signal forwarding ------------------------------------------------------------------------

# SIGTERM to PID 1 goes to the command, whose default action ends it: 128 + 15.
"${in_namespace[@]}" "$init" -- sleep 100 & job=$!
# Once the command runs, vrt-init forwards; a signal before that would reach a PID 1 without a
# handler yet, which the kernel drops.
pid=$(child_of $job) && child_of "$pid" > /dev/null && kill -TERM "$pid"
wait_for $job 5
expect forwards-sigterm-and-exits-143 "$ended" 143

# A command that ignores SIGTERM keeps running, and so does vrt-init, until the command is killed.
"${in_namespace[@]}" "$init" -- sh -c 'trap "" TERM; exec sleep 100' & job=$!
# The signal goes once the command has exec'd sleep, so that its trap is surely set (on a loaded
# machine, or under an emulator, the shell may not have reached it yet when it first appears).
pid=$(child_of $job) && command=$(child_of "$pid") && runs_sleep "$command" && kill -TERM "$pid" && sleep 1
alive "$pid" && alive "$command" && state=running || state=ended
kill -KILL "$command" 2>/dev/null
wait_for $job 5
expect sigterm-ignored-child-keeps-running "$state $ended" "running 137"

# Every forwarded signal reaches the command, which reports it by its exit status.
for sig in HUP INT QUIT TERM USR1 USR2 WINCH; do
    "${in_namespace[@]}" "$init" -- sh -c "trap 'exit 7' $sig; sleep 100 & wait" & job=$!
    pid=$(child_of $job) && child_of "$pid" > /dev/null && sleep 0.2 && kill -$sig "$pid"
    wait_for $job 5
    expect "forwards-sig$sig" "$ended" 7
done

# -g: the signal goes to the command's whole process group, here a shell and its sleep; without
# -g only the shell gets it and the sleep survives (the control).
for option in -g none; do
    "$init" -s $([ $option = -g ] && echo -g) -- sh -c 'sleep 100 & echo $! > "$1"; wait' sh \
        "$work/sleep.pid" 2>/dev/null & job=$!
    for _ in $(seq 100); do [ -s "$work/sleep.pid" ] && break; sleep 0.05; done
    sleep 0.2 && kill -TERM $job
    wait_for $job 5
    sleeper=$(cat "$work/sleep.pid") && rm -f "$work/sleep.pid"
    alive "$sleeper" && group=survived || group=killed
    kill -KILL "$sleeper" 2>/dev/null
    if [ $option = -g ]; then
        expect forwards-to-process-group-with-g "$ended $group" "143 killed"
    else
        expect control-forwards-to-command-only-without-g "$ended $group" "143 survived"
    fi
done

# --- subreaper, when not PID 1 ----------------------------------------------------------------

# With -s, an orphaned grandchild is reparented to vrt-init (its PPid becomes vrt-init's pid, the
# command's $PPID) and is reaped once it ends; without -s it goes elsewhere.
for option in -s none; do
    seen=$("$init" $([ $option = -s ] && echo -s) -- sh -c '
        (sleep 0.5 & echo $! > "$1")
        read -r orphan < "$1"
        parent=$(awk "/^PPid:/ {print \$2}" /proc/$orphan/status)
        [ "$parent" = "$PPID" ] && echo -n "reparented-to-init " || echo -n "reparented-elsewhere "
        sleep 1
        [ -e /proc/$orphan ] && echo not-reaped || echo reaped' sh "$work/orphan.pid" 2>"$work/subreaper.err")
    refused=$(grep -m 1 'cannot become a child subreaper' "$work/subreaper.err")
    if [ $option = -s ] && [ -n "$emulator" ] && [ -n "$refused" ]; then
        # qemu-user 7.2 answers prctl(PR_SET_CHILD_SUBREAPER) with EINVAL itself.
        skip subreaper-adopts-and-reaps-orphans "under $emulator: $refused"
    elif [ $option = -s ]; then
        expect subreaper-adopts-and-reaps-orphans "$seen" "reparented-to-init reaped"
    else
        expect control-no-adoption-without-s "${seen%% *}" reparented-elsewhere
    fi
done

# -p KILL: vrt-init dies with its parent; without -p it outlives it (the control).
for option in "-p KILL" none; do
    # The parent exits once vrt-init has started its command (-v says so), so after its prctl,
    # which a loaded machine or an emulator may otherwise reach only after the parent is gone.
    sh -c '"$1" -s $2 -v -- sleep 100 2> "$3" & echo $! > "$4"
        for i in $(seq 100); do grep -q "started sleep" "$3" && break; sleep 0.05; done' sh "$init" \
        "$([ "$option" = none ] || echo "$option")" "$work/pdeath.err" "$work/init.pid"
    sleep 0.3
    pid=$(cat "$work/init.pid")
    alive "$pid" && state=alive || state=dead
    sleeper=$(sed -n 's/.*started sleep as pid \([0-9]*\).*/\1/p' "$work/pdeath.err")
    kill -KILL "$pid" ${sleeper:+"$sleeper"} 2>/dev/null
    if [ "$option" = none ]; then
        expect control-outlives-parent-without-p "$state" alive
    else
        expect parent-death-signal-with-p "$state" dead
    fi
done

# --- bad usage --------------------------------------------------------------------------------

touch "$work/not-executable" && chmod 644 "$work/not-executable"
for case in "no command::2:no command" \
            "unknown option:-x true:2:unknown option" \
            "bad signal:-p NOPE true:2:not a signal" \
            "-M when not PID 1:-M true:2:needs vrt-init to be PID 1" \
            "missing path:/nonexistent/command:127:no such file or directory" \
            "missing in PATH:vrt-init-no-such-command:127:command not found" \
            "not executable:$work/not-executable:126:permission denied" \
            "directory:$work:126:permission denied"; do
    IFS=: read -r name arguments expected message <<< "$case"
    # shellcheck disable=SC2086 # the arguments are words
    "$init" -s $arguments 2> "$work/usage.err" > /dev/null
    status=$?
    grep -q -- "$message" "$work/usage.err" && said=said || said="said: $(head -c 120 "$work/usage.err")"
    expect "bad-usage ($name)" "$status $said" "$expected said"
done
"${in_namespace[@]}" "$init" -- /nonexistent 2>/dev/null
expect "bad-usage (missing path, as pid1)" $? 127

# --- PID 1 of a machine (-M, in a PID and mount namespace of its own) --------------------------

# Empty tmpfs mounts hide the namespace's /proc, /sys and /dev first, so that the command can see
# only what vrt-init mounted on top. Then vrt-init powers off: in a PID namespace the kernel
# turns that into the death of its init by SIGINT (reboot: SIGHUP), which unshare passes on.
for option in poweroff reboot; do
    seen=$("${in_namespace[@]}" sh -c 'for d in /proc /sys /dev; do mount -t tmpfs hidden $d; done; exec "$@"' \
        sh "$init" -M $([ $option = reboot ] && echo -r) -- sh -c '
        for fs in "proc /proc" "sysfs /sys" "devtmpfs /dev"; do
            set -- $fs
            top=$(awk -v m="$2" "\$2 == m {t = \$3} END {print t}" /proc/self/mounts)
            [ "$top" = "$1" ] && echo -n "$1 " || echo -n "no-$1 "
        done
        [ -c /dev/null ] && echo -n "devnodes " || echo -n "no-devnodes "
        sleep 100 & exit 3' 2>"$work/machine.err")
    status=$?
    grep -q "sh exited with status 3" "$work/machine.err" && said=said || said="said: $(head -c 200 "$work/machine.err")"
    if [ $option = reboot ]; then
        expect machine-mode-mounts-then-reboots "$seen$status $said" "proc sysfs devtmpfs devnodes 129 said"
    else
        expect machine-mode-mounts-then-powers-off "$seen$status $said" "proc sysfs devtmpfs devnodes 130 said"
    fi
done

# Machine mode with no command (no ` -- ` words on the kernel command line) runs /bin/sh, here
# reading its commands from the pipe on stdin.
seen=$(echo 'echo default-shell-ran; exit 5' | "${in_namespace[@]}" "$init" -M 2>"$work/default.err")
status=$?
grep -q "/bin/sh exited with status 5" "$work/default.err" && said=said || said="said: $(head -c 200 "$work/default.err")"
expect machine-mode-default-command-is-bin-sh "$seen $status $said" "default-shell-ran 130 said"

# Without -M, a container's PID 1 is not taken for a machine's: it exits with the command's
# status instead of powering off (which would show as 130).
"${in_namespace[@]}" "$init" -- sh -c 'exit 4' 2>/dev/null
expect container-pid1-is-not-a-machine $? 4
