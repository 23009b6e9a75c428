/* Clocks and sleeping (time.h(0p)), served by the vDSO where it can and by the kernel otherwise,
 * and the calendar in UTC. time_t is 64-bit and struct timespec has the time64 layout on every
 * arch (bits/timespec.h). libvrt has no time zones: no localtime, mktime, ctime, tzset or
 * tzname, and strftime's %z and %Z print what struct tm holds. There is no clock() and there are
 * no POSIX timers. None of these is declared. */
#ifndef VRT_TIME_H
#define VRT_TIME_H

#include <bits/timespec.h>
#include <bits/tm.h>
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

/* UTC broken-down time, with tm_isdst 0, tm_gmtoff 0 and tm_zone "GMT". NULL with EOVERFLOW
 * when the year does not fit tm_year. gmtime returns one static object. */
struct tm *gmtime(const time_t *t);
struct tm *gmtime_r(const time_t *VRT_RESTRICT t, struct tm *VRT_RESTRICT result);
/* The inverse of gmtime: fields may be out of their range, and *tm is rewritten normalized
 * (tm_wday and tm_yday included). -1 with EOVERFLOW when the result does not fit. */
time_t timegm(struct tm *tm);
/* "Sun Sep 16 01:03:52 1973\n", C11 7.27.3.1's format; a name out of range is "???".
 * NULL with EOVERFLOW when tm_year + 1900 overflows an int. asctime_r needs 26 bytes for a
 * year of at most 4 digits and valid fields, more otherwise (as glibc, it is not told the size). */
char *asctime(const struct tm *tm);
char *asctime_r(const struct tm *VRT_RESTRICT tm, char *VRT_RESTRICT buffer);
/* The C locale's strftime: every C99 and POSIX conversion, with the E and O modifiers accepted
 * and ignored. %z is tm_gmtoff as +hhmm, %Z is tm_zone. Returns the length, or 0 when the result
 * and its NUL do not fit in size bytes. */
size_t strftime(char *VRT_RESTRICT s, size_t size, const char *VRT_RESTRICT format,
                const struct tm *VRT_RESTRICT tm) __attribute__((format(strftime, 3, 0)));
double difftime(time_t t1, time_t t0);

VRT_END_DECLS

#endif
