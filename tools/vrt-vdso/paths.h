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

// The clock ids the checks cover: 0 to 11 (CLOCK_TAI is 11), 12 to 15 (unassigned), and 16 to
// 23, the auxiliary clocks of Linux 6.17+ (CLOCK_AUX to CLOCK_AUX_LAST, include/uapi/linux/time.h),
// which fail where the kernel is built without them or the clock is not enabled.
constexpr int clock_count = 24;
const char *clock_name(clockid_t clock);

// A known kernel defect: Linux 6.17+ vDSOs answer clock_getres for the auxiliary clock ids
// 16-23 even in a kernel built without them, where the system call says EINVAL
// (lib/vdso/gettimeofday.c asks nothing of the kernel for them). It is still a failure; a check
// whose every failure is this one says so with known_aux_getres_defect in its note, so that a
// reader, and the vdso-tool tier, can tell it from a new finding.
bool is_aux_getres_defect(clockid_t clock, int vdso_result, int syscall_result);
extern const char known_aux_getres_defect[];

long long now_ns();  // CLOCK_MONOTONIC, through the vDSO when it can
long long to_ns(const struct timespec &ts);
