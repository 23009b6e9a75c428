#!/bin/sh
# orphans.sh N: run as the command of vrt-init as PID 1. Orphans N sleeps at once (each is
# started by a subshell that exits at once, so the kernel reparents it to PID 1), counts how
# many PID 1 adopted, ends them with SIGTERM, waits for all of them to be gone (up to 20 s), then
# prints `orphans=<adopted> zombies=<zombies left> left=<sleeps left, zombies included>`.
. "$(dirname "$0")/proc_count.sh"
i=0
while [ "$i" -lt "$1" ]; do
    (sleep 10 &)
    i=$((i + 1))
done
# A subshell may not have exited yet on a loaded machine, and its sleep is adopted only then:
# count once all N are adopted, or after 5 s. The sleeps last long enough (10 s) for the first
# ones to be still there while a loaded machine starts the last (starting 100 took over 4 s
# with two of these runs at once beside other work).
i=0
while [ "$(count_sleepers_adopted_by_pid1)" -lt "$1" ] && [ "$i" -lt 50 ]; do
    sleep 0.1
    i=$((i + 1))
done
orphans=$(count_sleepers_adopted_by_pid1)
# Then they end, all at once, by SIGTERM rather than by waiting out their 10 s: PID 1 must reap
# a killed orphan as it reaps one that exits.
kill -TERM $(sleepers_adopted_by_pid1) 2>/dev/null
i=0
while [ "$(count_sleepers)" -gt 0 ] && [ "$i" -lt 200 ]; do
    sleep 0.1
    i=$((i + 1))
done
echo "orphans=$orphans zombies=$(count_zombies) left=$(count_sleepers)"
