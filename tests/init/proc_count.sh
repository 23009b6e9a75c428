# Counting processes from /proc/<pid>/stat ("pid (comm) state ppid ..."), sourced by the commands
# tests/init/run.sh gives vrt-init. cat, not awk, opens the files: processes vanish between the
# glob and the read, and cat goes on past the ones that did.
proc_stats() { cat /proc/[0-9]*/stat 2>/dev/null; }
count_zombies() { proc_stats | awk '$3 == "Z"' | wc -l; }
count_sleepers() { proc_stats | awk '$2 == "(sleep)"' | wc -l; }
sleepers_adopted_by_pid1() { proc_stats | awk '$2 == "(sleep)" && $4 == 1 { print $1 }'; }
count_sleepers_adopted_by_pid1() { sleepers_adopted_by_pid1 | wc -l; }
