/* Clocks and sleeping, served by the vDSO where it can and by the kernel otherwise.
 *
 * One ABI on every architecture: time_t is 64-bit, and on 32-bit targets struct timespec is
 * {64-bit tv_sec, long tv_nsec, 32 bits of padding} (padding first on big-endian) and struct
 * timeval is {64-bit tv_sec, 64-bit tv_usec}: the time64 ABI of musl and of glibc with
 * _TIME_BITS=64. On 64-bit targets they are the kernel's own layouts. */
#ifndef VRT_TIME_H
#define VRT_TIME_H

#include <vrt/cdefs.h>
#include <vrt/types.h>

struct timespec {
    time_t tv_sec;
#if __SIZEOF_LONG__ == 4 && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    int __padding;
    long tv_nsec;
#elif __SIZEOF_LONG__ == 4
    long tv_nsec;
    int __padding;
#else
    long tv_nsec;
#endif
};

struct timeval {
    time_t tv_sec;
    suseconds_t tv_usec;
};

struct timezone {
    int tz_minuteswest;
    int tz_dsttime;
};

/* Clock ids (include/uapi/linux/time.h). A negative id names a process's or thread's CPU-time
 * clock (clock_getcpuclockid); the kernel serves those. */
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
/* tv and tz may each be null; gettimeofday(NULL, NULL) succeeds. */
int gettimeofday(struct timeval *tv, struct timezone *tz);
/* Never fails; never enters the kernel when the vDSO can read the clock. */
time_t time(time_t *t);

int nanosleep(const struct timespec *request, struct timespec *remaining);
/* Returns 0 or an error number (not -1 and errno), as POSIX specifies. */
int clock_nanosleep(clockid_t clock, int flags, const struct timespec *request,
                    struct timespec *remaining);

VRT_END_DECLS

#endif
