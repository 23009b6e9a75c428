/* Clocks and sleeping (time.h(0p)), served by the vDSO where it can and by the kernel otherwise.
 * time_t is 64-bit and struct timespec has the time64 layout on every arch (bits/timespec.h).
 * libvrt has no calendar (struct tm, localtime, strftime, mktime), no time zones, no clock()
 * and no POSIX timers: they are not declared. */
#ifndef VRT_TIME_H
#define VRT_TIME_H

#include <bits/timespec.h>
#include <bits/types.h>
#include <stddef.h>
#include <vrt/cdefs.h>

/* Clock ids (include/uapi/linux/time.h). A negative id names a process's or thread's CPU-time
 * clock; the kernel serves those. */
#define CLOCK_REALTIME 0
#define CLOCK_MONOTONIC 1
#define CLOCK_PROCESS_CPUTIME_ID 2
#define CLOCK_THREAD_CPUTIME_ID 3
#define CLOCK_MONOTONIC_RAW 4
#define CLOCK_REALTIME_COARSE 5
#define CLOCK_MONOTONIC_COARSE 6
#define CLOCK_BOOTTIME 7
#define CLOCK_REALTIME_ALARM 8
#define CLOCK_BOOTTIME_ALARM 9
#define CLOCK_SGI_CYCLE 10
#define CLOCK_TAI 11

#define TIMER_ABSTIME 1

VRT_BEGIN_DECLS

/* 0, or -1 with errno: EINVAL for a clock the kernel does not know, EFAULT for a null ts (checked
 * before the vDSO is called). A pointer that is neither null nor valid is undefined behaviour:
 * the vDSO faults (SIGSEGV) where the kernel would have said EFAULT. */
int clock_gettime(clockid_t clock, struct timespec *ts);
/* res may be null (POSIX): then only the clock id is checked. */
int clock_getres(clockid_t clock, struct timespec *res);
/* Never fails; never enters the kernel when the vDSO can read the clock. */
time_t time(time_t *t);

int nanosleep(const struct timespec *request, struct timespec *remaining);
/* Returns 0 or an error number (not -1 and errno), as POSIX specifies. */
int clock_nanosleep(clockid_t clock, int flags, const struct timespec *request,
                    struct timespec *remaining);

VRT_END_DECLS

#endif
