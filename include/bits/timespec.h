/* struct timespec, for time.h, sys/stat.h, signal.h and the others that name it.
 *
 * One ABI on every architecture: time_t is 64-bit, and on 32-bit targets struct timespec is
 * {64-bit tv_sec, long tv_nsec, 32 bits of padding} (padding first on big-endian): the time64
 * ABI of musl and of glibc with _TIME_BITS=64, which the kernel's struct __kernel_timespec
 * matches once the padding is zero (include/uapi/linux/time_types.h). On 64-bit targets it is
 * the kernel's own layout. */
#ifndef VRT_BITS_TIMESPEC_H
#define VRT_BITS_TIMESPEC_H

#include <bits/types.h>

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

#endif
