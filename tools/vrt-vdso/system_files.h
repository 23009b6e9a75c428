// Facts about the running system that only /proc and /sys know.
#pragma once

#include <stddef.h>

// Reads up to size-1 bytes of a file into buffer, NUL-terminated; the length, or -1 on failure.
long read_text_file(const char *path, char *buffer, size_t size);

// The x86_64 legacy vsyscall page as /proc/self/maps shows it: "emulate" (r-x, the
// vsyscall=emulate boot option), "xonly" (--x, the default since Linux 5.18), or "none".
const char *vsyscall_mode();

// The current clocksource's name from sysfs, or null when sysfs is not there.
const char *current_clocksource();
