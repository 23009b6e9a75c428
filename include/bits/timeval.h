/* struct timeval, for sys/time.h, sys/resource.h and the others that name it: {64-bit tv_sec,
 * 64-bit tv_usec} on every architecture, the time64 ABI of musl and of glibc with _TIME_BITS=64
 * (the kernel's struct __kernel_old_timeval on 64-bit targets). */
#ifndef VRT_BITS_TIMEVAL_H
#define VRT_BITS_TIMEVAL_H

#include <bits/types.h>

struct timeval {
    time_t tv_sec;
    suseconds_t tv_usec;
};

#endif
