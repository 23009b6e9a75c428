/* gettimeofday and struct timeval (sys/time.h(0p)), with the BSD timeval arithmetic macros.
 * struct timeval is {64-bit, 64-bit} on every arch (bits/timeval.h). It includes
 * <sys/select.h>, as glibc's does. libvrt has no setitimer/getitimer, settimeofday or utimes:
 * they are not declared. */
#ifndef VRT_SYS_TIME_H
#define VRT_SYS_TIME_H

#include <bits/timeval.h>
#include <bits/types.h>
#include <sys/select.h>
#include <vrt/cdefs.h>

/* Obsolete, and always zero from Linux's gettimeofday unless set with settimeofday. */
struct timezone {
    int tz_minuteswest;
    int tz_dsttime;
};

VRT_BEGIN_DECLS
/* tv and tz may each be null; gettimeofday(NULL, NULL) succeeds. */
int gettimeofday(struct timeval *VRT_RESTRICT tv, struct timezone *VRT_RESTRICT tz);
VRT_END_DECLS

#define timerisset(t) ((t)->tv_sec || (t)->tv_usec)
#define timerclear(t) ((t)->tv_sec = (t)->tv_usec = 0)
#define timercmp(a, b, op)                                                                     \
    ((a)->tv_sec == (b)->tv_sec ? (a)->tv_usec op(b)->tv_usec : (a)->tv_sec op(b)->tv_sec)
#define timeradd(a, b, sum)                                                                    \
    do {                                                                                       \
        (sum)->tv_sec = (a)->tv_sec + (b)->tv_sec;                                             \
        (sum)->tv_usec = (a)->tv_usec + (b)->tv_usec;                                          \
        if ((sum)->tv_usec >= 1000000) {                                                       \
            (sum)->tv_sec++;                                                                   \
            (sum)->tv_usec -= 1000000;                                                         \
        }                                                                                      \
    } while (0)
#define timersub(a, b, difference)                                                             \
    do {                                                                                       \
        (difference)->tv_sec = (a)->tv_sec - (b)->tv_sec;                                      \
        (difference)->tv_usec = (a)->tv_usec - (b)->tv_usec;                                   \
        if ((difference)->tv_usec < 0) {                                                       \
            (difference)->tv_sec--;                                                            \
            (difference)->tv_usec += 1000000;                                                  \
        }                                                                                      \
    } while (0)

#endif
