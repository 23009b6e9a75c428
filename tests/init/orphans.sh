#!/bin/sh
# orphans.sh N: run as the command of vrt-init as PID 1. Orphans N sleeps at once (each is
# started by a subshell that exits at once, so the kernel reparents it to PID 1), counts how
# many PID 1 adopted, waits for all of them to end (up to 10 s), then
# prints `orphans=<adopted> zombies=<zombies left> left=<sleeps left, zombies included>`.
. "$(dirname "$0")/proc_count.sh"
i=0
while [ "$i" -lt "$1" ]; do
    (sleep 4 &)
    i=$((i + 1))
done
# A subshell may not have exited yet on a loaded machine, and its sleep is adopted only then:
# count once all N are adopted, or after 3 s.
i=0
while [ "$(count_sleepers_adopted_by_pid1)" -lt "$1" ] && [ "$i" -lt 30 ]; do
    sleep 0.1
    i=$((i + 1))
done
orphans=$(count_sleepers_adopted_by_pid1)
i=0
while [ "$(count_sleepers)" -gt 0 ] && [ "$i" -lt 100 ]; do
    sleep 0.1
    i=$((i + 1))
done
echo "orphans=$orphans zombies=$(count_zombies) left=$(count_sleepers)"
