// The three ways to reach each time function, as data: the checks take a Paths table, so the
// self-test can hand them deliberately broken functions and see the checks catch them.
// Every function here returns 0 (or a value) or a negative errno.
#pragma once

#include <vrt/time.h>

enum Path { via_vdso, via_syscall, via_libvrt, path_count };
extern const char *const path_names[path_count];

struct Paths {
    int (*clock_gettime[path_count])(clockid_t, struct timespec *);
    int (*clock_getres[path_count])(clockid_t, struct timespec *);
    int (*gettimeofday[path_count])(struct timeval *, struct timezone *);
    time_t (*time[path_count])(time_t *);
    int (*getcpu[path_count])(unsigned *, unsigned *);
};

extern const Paths real_paths;

// The clocks the checks cover: ids 0 to 11 (CLOCK_TAI is 11).
constexpr int clock_count = 12;
const char *clock_name(clockid_t clock);

long long now_ns();  // CLOCK_MONOTONIC, through the vDSO when it can
long long to_ns(const struct timespec &ts);
